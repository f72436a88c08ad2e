var content = (function () {
  'use strict';
  function getDefaultExportFromCjs(x2) {
    return x2 && x2.__esModule && Object.prototype.hasOwnProperty.call(x2, 'default') ? x2['default'] : x2;
  }
  var browserPolyfill$1 = { exports: {} };
  var browserPolyfill = browserPolyfill$1.exports;
  var hasRequiredBrowserPolyfill;
  function requireBrowserPolyfill() {
    if (hasRequiredBrowserPolyfill) return browserPolyfill$1.exports;
    hasRequiredBrowserPolyfill = 1;
    (function (module, exports) {
      (function (global, factory) {
        {
          factory(module);
        }
      })(
        typeof globalThis !== 'undefined' ? globalThis : typeof self !== 'undefined' ? self : browserPolyfill,
        function (module2) {
          if (!(globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.id)) {
            throw new Error('This script should only be loaded in a browser extension.');
          }
          if (!(globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id)) {
            const CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE =
              'The message port closed before a response was received.';
            const wrapAPIs = (extensionAPIs) => {
              const apiMetadata = {
                alarms: {
                  clear: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  clearAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  get: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                bookmarks: {
                  create: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  get: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getChildren: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getRecent: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getSubTree: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getTree: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  move: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeTree: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  search: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  update: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                },
                browserAction: {
                  disable: {
                    minArgs: 0,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  enable: {
                    minArgs: 0,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  getBadgeBackgroundColor: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getBadgeText: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getPopup: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getTitle: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  openPopup: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  setBadgeBackgroundColor: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  setBadgeText: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  setIcon: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  setPopup: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  setTitle: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                },
                browsingData: {
                  remove: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                  removeCache: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeCookies: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeDownloads: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeFormData: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeHistory: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeLocalStorage: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removePasswords: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removePluginData: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  settings: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                commands: {
                  getAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                contextMenus: {
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  update: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                },
                cookies: {
                  get: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getAll: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getAllCookieStores: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  set: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                devtools: {
                  inspectedWindow: {
                    eval: {
                      minArgs: 1,
                      maxArgs: 2,
                      singleCallbackArg: false,
                    },
                  },
                  panels: {
                    create: {
                      minArgs: 3,
                      maxArgs: 3,
                      singleCallbackArg: true,
                    },
                    elements: {
                      createSidebarPane: {
                        minArgs: 1,
                        maxArgs: 1,
                      },
                    },
                  },
                },
                downloads: {
                  cancel: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  download: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  erase: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getFileIcon: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  open: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  pause: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeFile: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  resume: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  search: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  show: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                },
                extension: {
                  isAllowedFileSchemeAccess: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  isAllowedIncognitoAccess: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                history: {
                  addUrl: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  deleteAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  deleteRange: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  deleteUrl: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getVisits: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  search: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                i18n: {
                  detectLanguage: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getAcceptLanguages: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                identity: {
                  launchWebAuthFlow: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                idle: {
                  queryState: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                management: {
                  get: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  getSelf: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  setEnabled: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                  uninstallSelf: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                },
                notifications: {
                  clear: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  create: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  getAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  getPermissionLevel: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  update: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                },
                pageAction: {
                  getPopup: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getTitle: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  hide: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  setIcon: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  setPopup: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  setTitle: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                  show: {
                    minArgs: 1,
                    maxArgs: 1,
                    fallbackToNoCallback: true,
                  },
                },
                permissions: {
                  contains: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getAll: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  request: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                runtime: {
                  getBackgroundPage: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  getPlatformInfo: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  openOptionsPage: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  requestUpdateCheck: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  sendMessage: {
                    minArgs: 1,
                    maxArgs: 3,
                  },
                  sendNativeMessage: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                  setUninstallURL: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                sessions: {
                  getDevices: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getRecentlyClosed: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  restore: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                },
                storage: {
                  local: {
                    clear: {
                      minArgs: 0,
                      maxArgs: 0,
                    },
                    get: {
                      minArgs: 0,
                      maxArgs: 1,
                    },
                    getBytesInUse: {
                      minArgs: 0,
                      maxArgs: 1,
                    },
                    remove: {
                      minArgs: 1,
                      maxArgs: 1,
                    },
                    set: {
                      minArgs: 1,
                      maxArgs: 1,
                    },
                  },
                  managed: {
                    get: {
                      minArgs: 0,
                      maxArgs: 1,
                    },
                    getBytesInUse: {
                      minArgs: 0,
                      maxArgs: 1,
                    },
                  },
                  sync: {
                    clear: {
                      minArgs: 0,
                      maxArgs: 0,
                    },
                    get: {
                      minArgs: 0,
                      maxArgs: 1,
                    },
                    getBytesInUse: {
                      minArgs: 0,
                      maxArgs: 1,
                    },
                    remove: {
                      minArgs: 1,
                      maxArgs: 1,
                    },
                    set: {
                      minArgs: 1,
                      maxArgs: 1,
                    },
                  },
                },
                tabs: {
                  captureVisibleTab: {
                    minArgs: 0,
                    maxArgs: 2,
                  },
                  create: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  detectLanguage: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  discard: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  duplicate: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  executeScript: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  get: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getCurrent: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  getZoom: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getZoomSettings: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  goBack: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  goForward: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  highlight: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  insertCSS: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  move: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                  query: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  reload: {
                    minArgs: 0,
                    maxArgs: 2,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  removeCSS: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  sendMessage: {
                    minArgs: 2,
                    maxArgs: 3,
                  },
                  setZoom: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  setZoomSettings: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  update: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                },
                topSites: {
                  get: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                webNavigation: {
                  getAllFrames: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  getFrame: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                webRequest: {
                  handlerBehaviorChanged: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                },
                windows: {
                  create: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  get: {
                    minArgs: 1,
                    maxArgs: 2,
                  },
                  getAll: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getCurrent: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getLastFocused: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  update: {
                    minArgs: 2,
                    maxArgs: 2,
                  },
                },
              };
              if (Object.keys(apiMetadata).length === 0) {
                throw new Error('api-metadata.json has not been included in browser-polyfill');
              }
              class DefaultWeakMap extends WeakMap {
                constructor(createItem, items = void 0) {
                  super(items);
                  this.createItem = createItem;
                }
                get(key) {
                  if (!this.has(key)) {
                    this.set(key, this.createItem(key));
                  }
                  return super.get(key);
                }
              }
              const isThenable = (value) => {
                return value && typeof value === 'object' && typeof value.then === 'function';
              };
              const makeCallback = (promise, metadata) => {
                return (...callbackArgs) => {
                  if (extensionAPIs.runtime.lastError) {
                    promise.reject(new Error(extensionAPIs.runtime.lastError.message));
                  } else if (
                    metadata.singleCallbackArg ||
                    (callbackArgs.length <= 1 && metadata.singleCallbackArg !== false)
                  ) {
                    promise.resolve(callbackArgs[0]);
                  } else {
                    promise.resolve(callbackArgs);
                  }
                };
              };
              const pluralizeArguments = (numArgs) => (numArgs == 1 ? 'argument' : 'arguments');
              const wrapAsyncFunction = (name, metadata) => {
                return function asyncFunctionWrapper(target, ...args) {
                  if (args.length < metadata.minArgs) {
                    throw new Error(
                      `Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`,
                    );
                  }
                  if (args.length > metadata.maxArgs) {
                    throw new Error(
                      `Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`,
                    );
                  }
                  return new Promise((resolve, reject) => {
                    if (metadata.fallbackToNoCallback) {
                      try {
                        target[name](
                          ...args,
                          makeCallback(
                            {
                              resolve,
                              reject,
                            },
                            metadata,
                          ),
                        );
                      } catch (cbError) {
                        console.warn(
                          `${name} API method doesn't seem to support the callback parameter, falling back to call it without a callback: `,
                          cbError,
                        );
                        target[name](...args);
                        metadata.fallbackToNoCallback = false;
                        metadata.noCallback = true;
                        resolve();
                      }
                    } else if (metadata.noCallback) {
                      target[name](...args);
                      resolve();
                    } else {
                      target[name](
                        ...args,
                        makeCallback(
                          {
                            resolve,
                            reject,
                          },
                          metadata,
                        ),
                      );
                    }
                  });
                };
              };
              const wrapMethod = (target, method, wrapper) => {
                return new Proxy(method, {
                  apply(targetMethod, thisObj, args) {
                    return wrapper.call(thisObj, target, ...args);
                  },
                });
              };
              let hasOwnProperty = Function.call.bind(Object.prototype.hasOwnProperty);
              const wrapObject = (target, wrappers = {}, metadata = {}) => {
                let cache = /* @__PURE__ */ Object.create(null);
                let handlers = {
                  has(proxyTarget2, prop) {
                    return prop in target || prop in cache;
                  },
                  get(proxyTarget2, prop, receiver) {
                    if (prop in cache) {
                      return cache[prop];
                    }
                    if (!(prop in target)) {
                      return void 0;
                    }
                    let value = target[prop];
                    if (typeof value === 'function') {
                      if (typeof wrappers[prop] === 'function') {
                        value = wrapMethod(target, target[prop], wrappers[prop]);
                      } else if (hasOwnProperty(metadata, prop)) {
                        let wrapper = wrapAsyncFunction(prop, metadata[prop]);
                        value = wrapMethod(target, target[prop], wrapper);
                      } else {
                        value = value.bind(target);
                      }
                    } else if (
                      typeof value === 'object' &&
                      value !== null &&
                      (hasOwnProperty(wrappers, prop) || hasOwnProperty(metadata, prop))
                    ) {
                      value = wrapObject(value, wrappers[prop], metadata[prop]);
                    } else if (hasOwnProperty(metadata, '*')) {
                      value = wrapObject(value, wrappers[prop], metadata['*']);
                    } else {
                      Object.defineProperty(cache, prop, {
                        configurable: true,
                        enumerable: true,
                        get() {
                          return target[prop];
                        },
                        set(value2) {
                          target[prop] = value2;
                        },
                      });
                      return value;
                    }
                    cache[prop] = value;
                    return value;
                  },
                  set(proxyTarget2, prop, value, receiver) {
                    if (prop in cache) {
                      cache[prop] = value;
                    } else {
                      target[prop] = value;
                    }
                    return true;
                  },
                  defineProperty(proxyTarget2, prop, desc) {
                    return Reflect.defineProperty(cache, prop, desc);
                  },
                  deleteProperty(proxyTarget2, prop) {
                    return Reflect.deleteProperty(cache, prop);
                  },
                };
                let proxyTarget = Object.create(target);
                return new Proxy(proxyTarget, handlers);
              };
              const wrapEvent = (wrapperMap) => ({
                addListener(target, listener, ...args) {
                  target.addListener(wrapperMap.get(listener), ...args);
                },
                hasListener(target, listener) {
                  return target.hasListener(wrapperMap.get(listener));
                },
                removeListener(target, listener) {
                  target.removeListener(wrapperMap.get(listener));
                },
              });
              const onRequestFinishedWrappers = new DefaultWeakMap((listener) => {
                if (typeof listener !== 'function') {
                  return listener;
                }
                return function onRequestFinished(req) {
                  const wrappedReq = wrapObject(
                    req,
                    {},
                    {
                      getContent: {
                        minArgs: 0,
                        maxArgs: 0,
                      },
                    },
                  );
                  listener(wrappedReq);
                };
              });
              const onMessageWrappers = new DefaultWeakMap((listener) => {
                if (typeof listener !== 'function') {
                  return listener;
                }
                return function onMessage(message, sender, sendResponse) {
                  let didCallSendResponse = false;
                  let wrappedSendResponse;
                  let sendResponsePromise = new Promise((resolve) => {
                    wrappedSendResponse = function (response) {
                      didCallSendResponse = true;
                      resolve(response);
                    };
                  });
                  let result2;
                  try {
                    result2 = listener(message, sender, wrappedSendResponse);
                  } catch (err) {
                    result2 = Promise.reject(err);
                  }
                  const isResultThenable = result2 !== true && isThenable(result2);
                  if (result2 !== true && !isResultThenable && !didCallSendResponse) {
                    return false;
                  }
                  const sendPromisedResult = (promise) => {
                    promise
                      .then(
                        (msg) => {
                          sendResponse(msg);
                        },
                        (error) => {
                          let message2;
                          if (error && (error instanceof Error || typeof error.message === 'string')) {
                            message2 = error.message;
                          } else {
                            message2 = 'An unexpected error occurred';
                          }
                          sendResponse({
                            __mozWebExtensionPolyfillReject__: true,
                            message: message2,
                          });
                        },
                      )
                      .catch((err) => {
                        console.error('Failed to send onMessage rejected reply', err);
                      });
                  };
                  if (isResultThenable) {
                    sendPromisedResult(result2);
                  } else {
                    sendPromisedResult(sendResponsePromise);
                  }
                  return true;
                };
              });
              const wrappedSendMessageCallback = ({ reject, resolve }, reply) => {
                if (extensionAPIs.runtime.lastError) {
                  if (
                    extensionAPIs.runtime.lastError.message ===
                    CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE
                  ) {
                    resolve();
                  } else {
                    reject(new Error(extensionAPIs.runtime.lastError.message));
                  }
                } else if (reply && reply.__mozWebExtensionPolyfillReject__) {
                  reject(new Error(reply.message));
                } else {
                  resolve(reply);
                }
              };
              const wrappedSendMessage = (name, metadata, apiNamespaceObj, ...args) => {
                if (args.length < metadata.minArgs) {
                  throw new Error(
                    `Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`,
                  );
                }
                if (args.length > metadata.maxArgs) {
                  throw new Error(
                    `Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`,
                  );
                }
                return new Promise((resolve, reject) => {
                  const wrappedCb = wrappedSendMessageCallback.bind(null, {
                    resolve,
                    reject,
                  });
                  args.push(wrappedCb);
                  apiNamespaceObj.sendMessage(...args);
                });
              };
              const staticWrappers = {
                devtools: {
                  network: {
                    onRequestFinished: wrapEvent(onRequestFinishedWrappers),
                  },
                },
                runtime: {
                  onMessage: wrapEvent(onMessageWrappers),
                  onMessageExternal: wrapEvent(onMessageWrappers),
                  sendMessage: wrappedSendMessage.bind(null, 'sendMessage', {
                    minArgs: 1,
                    maxArgs: 3,
                  }),
                },
                tabs: {
                  sendMessage: wrappedSendMessage.bind(null, 'sendMessage', {
                    minArgs: 2,
                    maxArgs: 3,
                  }),
                },
              };
              const settingMetadata = {
                clear: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                get: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                set: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              };
              apiMetadata.privacy = {
                network: {
                  '*': settingMetadata,
                },
                services: {
                  '*': settingMetadata,
                },
                websites: {
                  '*': settingMetadata,
                },
              };
              return wrapObject(extensionAPIs, staticWrappers, apiMetadata);
            };
            module2.exports = wrapAPIs(chrome);
          } else {
            module2.exports = globalThis.browser;
          }
        },
      );
    })(browserPolyfill$1);
    return browserPolyfill$1.exports;
  }
  var browserPolyfillExports = requireBrowserPolyfill();
  const browser$1 = /* @__PURE__ */ getDefaultExportFromCjs(browserPolyfillExports);
  function defineContentScript(definition2) {
    return definition2;
  }
  const AMBIGUOUS_FLAG = 1;
  const MAIN_NAME_FLAG = 2;
  const SPACE_CLASS = 1;
  const SOFT_HYPHEN = 173;
  const WHITE_SPACE_CODES = [
    9, 10, 12, 13, 32, 160, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8239, 12288,
  ];
  new Set(WHITE_SPACE_CODES);
  function checkAutomaton(automaton) {
    const states = automaton.label.length;
    if (automaton.childStart.length !== states + 1 || automaton.childStart[states] !== states) {
      throw new Error('automaton: state tables disagree');
    }
    if (automaton.aliasCompany.length !== automaton.aliasFlags.length)
      throw new Error('automaton: alias tables disagree');
    if (automaton.terminals.length % 2 !== 0 || automaton.wordRuns.length % 2 !== 0) {
      throw new Error('automaton: a pair table is truncated');
    }
    for (let i2 = 0; i2 < automaton.terminals.length; i2 += 2) {
      if (automaton.terminals[i2] >= states || automaton.terminals[i2 + 1] >= automaton.aliasCompany.length) {
        throw new Error('automaton: a terminal points outside its tables');
      }
    }
    return automaton;
  }
  class AliasMatcher {
    classOf = new Uint8Array(65536);
    word = new Uint8Array(65536);
    /**
     * Per char code, the scan's one table read: (state reached from the root) << 1 | is-word.
     * A value above 1 means an alias can start with this character.
     */
    start = new Int32Array(65536);
    /**
     * secondStep[(s - 1) * classes + c] is 1 when root child s can go on with class c, or ends
     * an alias, so that most walks that would fail on their second character are never begun.
     */
    secondStep;
    classes;
    childStart;
    label;
    terminal;
    constructor(automaton, companyIds) {
      const { classCodes, wordRuns, childStart, label, terminals } = automaton;
      for (let i2 = 0; i2 < wordRuns.length; i2 += 2) this.word.fill(1, wordRuns[i2], wordRuns[i2 + 1]);
      for (let i2 = 0; i2 < classCodes.length; i2++) this.classOf[classCodes[i2]] = i2 + 2;
      for (const code of WHITE_SPACE_CODES) this.classOf[code] = SPACE_CLASS;
      this.childStart = childStart;
      this.label = label;
      for (let i2 = 0; i2 < wordRuns.length; i2 += 2) this.start.fill(1, wordRuns[i2], wordRuns[i2 + 1]);
      for (let s2 = childStart[0]; s2 < childStart[1]; s2++) {
        const cls = label[s2];
        const code = cls === SPACE_CLASS ? -1 : classCodes[cls - 2];
        if (code >= 0) this.start[code] = (s2 << 1) | this.word[code];
        else for (const ws of WHITE_SPACE_CODES) this.start[ws] = s2 << 1;
      }
      this.classes = classCodes.length + 2;
      const rootChildren = childStart[1] - childStart[0];
      this.secondStep = new Uint8Array(rootChildren * this.classes);
      this.terminal = new Int32Array(label.length).fill(-1);
      for (let i2 = 0; i2 < terminals.length; i2 += 2) {
        const state = terminals[i2];
        this.terminal[state] = terminals[i2 + 1];
        if (state <= rootChildren) this.secondStep.fill(1, (state - 1) * this.classes, state * this.classes);
      }
      for (let s2 = 1; s2 <= rootChildren; s2++) {
        const row = (s2 - 1) * this.classes;
        for (let c2 = childStart[s2]; c2 < childStart[s2 + 1]; c2++) this.secondStep[row + label[c2]] = 1;
      }
      this.aliasCompany = automaton.aliasCompany;
      this.aliasFlags = automaton.aliasFlags;
      this.companyIds = companyIds;
    }
    aliasCompany;
    aliasFlags;
    companyIds;
    /** Alias objects are made the first time an alias matches: most never do. */
    aliasCache = /* @__PURE__ */ new Map();
    alias(index) {
      let alias = this.aliasCache.get(index);
      if (!alias) {
        const companyId2 = this.companyIds[this.aliasCompany[index]];
        if (companyId2 === void 0) throw new Error(`automaton: alias ${index} names an unknown company`);
        const flags = this.aliasFlags[index];
        alias = {
          companyId: companyId2,
          ambiguous: (flags & AMBIGUOUS_FLAG) !== 0,
          mainName: (flags & MAIN_NAME_FLAG) !== 0,
        };
        this.aliasCache.set(index, alias);
      }
      return alias;
    }
    findAll(text) {
      const matches = [];
      const { start, word, classOf, secondStep, classes } = this;
      const n2 = text.length;
      let previousIsWord = 0;
      for (let i2 = 0; i2 < n2; i2++) {
        const entry = start[text.charCodeAt(i2)];
        const candidate = entry & ((previousIsWord & entry) - 1);
        if (
          candidate > 1 &&
          (i2 + 1 === n2 ||
            secondStep[((candidate >> 1) - 1) * classes + classOf[text.charCodeAt(i2 + 1)]] === 1 ||
            text.charCodeAt(i2 + 1) === SOFT_HYPHEN) &&
          this.longestFrom(text, i2 + 1, candidate >> 1)
        ) {
          matches.push({ start: i2, end: this.matchEnd, alias: this.alias(this.matchAlias) });
          i2 = this.matchEnd - 1;
          previousIsWord = word[text.charCodeAt(i2)];
          continue;
        }
        previousIsWord = entry & 1;
      }
      return matches;
    }
    matchEnd = 0;
    matchAlias = 0;
    /** Walks from `state` at `pos`; records the longest alias that ends on a word boundary. */
    longestFrom(text, pos, state) {
      const { classOf, word, childStart, label, terminal } = this;
      const n2 = text.length;
      let found = false;
      for (;;) {
        const alias = terminal[state];
        if (
          alias >= 0 &&
          (pos >= n2 || (word[text.charCodeAt(pos - 1)] & word[text.charCodeAt(pos)]) === 0)
        ) {
          this.matchEnd = pos;
          this.matchAlias = alias;
          found = true;
        }
        if (pos >= n2) return found;
        const code = text.charCodeAt(pos);
        if (code === SOFT_HYPHEN) {
          pos++;
          continue;
        }
        const cls = classOf[code];
        if (cls === 0) return found;
        if (cls === SPACE_CLASS)
          while (pos + 1 < n2 && classOf[text.charCodeAt(pos + 1)] === SPACE_CLASS) pos++;
        let low = childStart[state];
        let high = childStart[state + 1];
        let next = 0;
        while (high - low > 6) {
          const mid = (low + high) >>> 1;
          const midLabel = label[mid];
          if (midLabel < cls) low = mid + 1;
          else if (midLabel > cls) high = mid;
          else {
            low = mid;
            high = mid + 1;
          }
        }
        for (; low < high; low++) {
          if (label[low] === cls) {
            next = low;
            break;
          }
        }
        if (next === 0) return found;
        state = next;
        pos++;
      }
    }
  }
  const MAGIC = 1146309442;
  const FORMAT = 2;
  const SECTIONS = [
    'classCodes',
    'childStart',
    'label',
    'terminals',
    'aliasCompany',
    'aliasFlags',
    'wordRuns',
  ];
  const META = SECTIONS.length;
  const HEADER_BYTES = 8 + (SECTIONS.length + 1) * 8;
  const SECTION_TYPES = {
    classCodes: Uint16Array,
    childStart: Uint32Array,
    label: Uint8Array,
    terminals: Uint32Array,
    aliasCompany: Uint16Array,
    aliasFlags: Uint8Array,
    wordRuns: Uint32Array,
  };
  function loadDictionary(buffer) {
    if (buffer.byteLength < HEADER_BYTES) throw new Error('dictionary: file too short');
    const header = new DataView(buffer);
    if (header.getUint32(0, true) !== MAGIC) throw new Error('dictionary: not a Backstory dictionary');
    if (header.getUint32(4, true) !== FORMAT) throw new Error('dictionary: unknown format');
    const place = (i2) => {
      const offset22 = header.getUint32(8 + i2 * 8, true);
      const length2 = header.getUint32(12 + i2 * 8, true);
      if (offset22 % 4 !== 0 || offset22 + length2 > buffer.byteLength)
        throw new Error('dictionary: damaged section table');
      return { offset: offset22, length: length2 };
    };
    const sections = {};
    SECTIONS.forEach((name, i2) => {
      const { offset: offset22, length: length2 } = place(i2);
      const Type = SECTION_TYPES[name];
      if (length2 % Type.BYTES_PER_ELEMENT !== 0) throw new Error(`dictionary: section ${name} is truncated`);
      sections[name] = new Type(buffer, offset22, length2 / Type.BYTES_PER_ELEMENT);
    });
    const { offset: offset2, length } = place(META);
    const meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, offset2, length)));
    if (
      typeof meta.version !== 'string' ||
      !Array.isArray(meta.ids) ||
      !meta.domains ||
      !Array.isArray(meta.categories) ||
      meta.categories.length !== meta.ids.length
    ) {
      throw new Error('dictionary: damaged company table');
    }
    const automaton = checkAutomaton(sections);
    const matcher = new AliasMatcher(automaton, meta.ids);
    const domains = meta.domains;
    const domainsOf = (companyId2) => (Object.hasOwn(domains, companyId2) ? domains[companyId2] : []);
    const categoryById = new Map(meta.ids.map((id, i2) => [id, meta.categories[i2]]));
    return {
      version: meta.version,
      matcher,
      pageContext: (host) => ({ host: host.toLowerCase(), domainsOf }),
      categoriesOf: (companyId2) => categoryById.get(companyId2) ?? 0,
      ownerOfSite: (host) => siteOwner(domains, host),
    };
  }
  function siteOwner(domains, host) {
    const site = host.toLowerCase().replace(/\.$/, '');
    for (const [companyId2, list] of Object.entries(domains)) {
      if (list.some((domain) => site === domain || site.endsWith(`.${domain}`))) return companyId2;
    }
    return void 0;
  }
  const DEFAULT_CONFIG = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
  // @__NO_SIDE_EFFECTS__
  function getGlobalConfig(config$1) {
    return DEFAULT_CONFIG;
  }
  let store$3;
  // @__NO_SIDE_EFFECTS__
  function getGlobalMessage(lang) {
    return store$3?.get(lang);
  }
  let store$2;
  // @__NO_SIDE_EFFECTS__
  function getSchemaMessage(lang) {
    return store$2?.get(lang);
  }
  let store$1;
  // @__NO_SIDE_EFFECTS__
  function getSpecificMessage(reference, lang) {
    return store$1?.get(reference)?.get(lang);
  }
  // @__NO_SIDE_EFFECTS__
  function _stringify(input) {
    const type = typeof input;
    if (type === 'string') return `"${input}"`;
    if (type === 'number' || type === 'bigint' || type === 'boolean') return `${input}`;
    if (type === 'object' || type === 'function')
      return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? 'null';
    return type;
  }
  function _addIssue(context, label, dataset, config$1, other) {
    const input = other && 'input' in other ? other.input : dataset.value;
    const expected = other?.expected ?? context.expects ?? null;
    const received = other?.received ?? /* @__PURE__ */ _stringify(input);
    const issue = {
      kind: context.kind,
      type: context.type,
      input,
      expected,
      received,
      message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : 'R'}eceived ${received}`,
      requirement: context.requirement,
      path: other?.path,
      issues: other?.issues,
      lang: config$1.lang,
      abortEarly: config$1.abortEarly,
      abortPipeEarly: config$1.abortPipeEarly,
    };
    const isSchema = context.kind === 'schema';
    const message$1 =
      other?.message ??
      context.message ??
      /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ??
      (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ??
      config$1.message ??
      /* @__PURE__ */ getGlobalMessage(issue.lang);
    if (message$1 !== void 0) issue.message = typeof message$1 === 'function' ? message$1(issue) : message$1;
    if (isSchema) dataset.typed = false;
    if (dataset.issues) dataset.issues.push(issue);
    else dataset.issues = [issue];
  }
  // @__NO_SIDE_EFFECTS__
  function _isSameValueZero(value1, value2) {
    return value1 === value2 || (Number.isNaN(value1) && Number.isNaN(value2));
  }
  // @__NO_SIDE_EFFECTS__
  function _joinExpects(values$1, separator) {
    const list = [...new Set(values$1)];
    if (list.length > 1) return `(${list.join(` ${separator} `)})`;
    return list[0] ?? 'never';
  }
  function _standardSchema(schema) {
    schema['~standard'] = {
      version: 1,
      vendor: 'valibot',
      validate: (value$1) => schema['~run']({ value: value$1 }, /* @__PURE__ */ getGlobalConfig()),
    };
    return schema;
  }
  // @__NO_SIDE_EFFECTS__
  function getDotPath(issue) {
    if (issue.path) {
      let key = '';
      for (const item of issue.path)
        if (typeof item.key === 'string' || typeof item.key === 'number')
          if (key) key += `.${item.key}`;
          else key += item.key;
        else return null;
      return key;
    }
    return null;
  }
  // @__NO_SIDE_EFFECTS__
  function integer(message$1) {
    return {
      kind: 'validation',
      type: 'integer',
      reference: integer,
      async: false,
      expects: null,
      requirement: Number.isInteger,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, 'integer', dataset, config$1);
        return dataset;
      },
    };
  }
  // @__NO_SIDE_EFFECTS__
  function maxLength(requirement, message$1) {
    return {
      kind: 'validation',
      type: 'max_length',
      reference: maxLength,
      async: false,
      expects: `<=${requirement}`,
      requirement,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && dataset.value.length > this.requirement)
          _addIssue(this, 'length', dataset, config$1, { received: `${dataset.value.length}` });
        return dataset;
      },
    };
  }
  // @__NO_SIDE_EFFECTS__
  function maxValue(requirement, message$1) {
    return {
      kind: 'validation',
      type: 'max_value',
      reference: maxValue,
      async: false,
      expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
      requirement,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !(dataset.value <= this.requirement))
          _addIssue(this, 'value', dataset, config$1, {
            received:
              dataset.value instanceof Date
                ? dataset.value.toJSON()
                : /* @__PURE__ */ _stringify(dataset.value),
          });
        return dataset;
      },
    };
  }
  // @__NO_SIDE_EFFECTS__
  function minLength(requirement, message$1) {
    return {
      kind: 'validation',
      type: 'min_length',
      reference: minLength,
      async: false,
      expects: `>=${requirement}`,
      requirement,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && dataset.value.length < this.requirement)
          _addIssue(this, 'length', dataset, config$1, { received: `${dataset.value.length}` });
        return dataset;
      },
    };
  }
  // @__NO_SIDE_EFFECTS__
  function minValue(requirement, message$1) {
    return {
      kind: 'validation',
      type: 'min_value',
      reference: minValue,
      async: false,
      expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
      requirement,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !(dataset.value >= this.requirement))
          _addIssue(this, 'value', dataset, config$1, {
            received:
              dataset.value instanceof Date
                ? dataset.value.toJSON()
                : /* @__PURE__ */ _stringify(dataset.value),
          });
        return dataset;
      },
    };
  }
  // @__NO_SIDE_EFFECTS__
  function regex(requirement, message$1) {
    return {
      kind: 'validation',
      type: 'regex',
      reference: regex,
      async: false,
      expects: `${requirement}`,
      requirement,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !this.requirement.test(dataset.value))
          _addIssue(this, 'format', dataset, config$1);
        return dataset;
      },
    };
  }
  const ABORT_EARLY_CONFIG = { abortEarly: true };
  // @__NO_SIDE_EFFECTS__
  function getFallback(schema, dataset, config$1) {
    return typeof schema.fallback === 'function' ? schema.fallback(dataset, config$1) : schema.fallback;
  }
  // @__NO_SIDE_EFFECTS__
  function getDefault(schema, dataset, config$1) {
    return typeof schema.default === 'function' ? schema.default(dataset, config$1) : schema.default;
  }
  // @__NO_SIDE_EFFECTS__
  function literal(literal_, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'literal',
      reference: literal,
      expects: /* @__PURE__ */ _stringify(literal_),
      async: false,
      literal: literal_,
      message: message$1,
      '~run'(dataset, config$1) {
        if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
        else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function nullable(wrapped, default_) {
    return _standardSchema({
      kind: 'schema',
      type: 'nullable',
      reference: nullable,
      expects: `(${wrapped.expects} | null)`,
      async: false,
      wrapped,
      default: default_,
      '~run'(dataset, config$1) {
        if (dataset.value === null) {
          if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
          if (dataset.value === null) {
            dataset.typed = true;
            return dataset;
          }
        }
        return this.wrapped['~run'](dataset, config$1);
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function number(message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'number',
      reference: number,
      expects: 'number',
      async: false,
      message: message$1,
      '~run'(dataset, config$1) {
        if (typeof dataset.value === 'number' && !isNaN(dataset.value)) dataset.typed = true;
        else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function object(entries$1, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'object',
      reference: object,
      expects: 'Object',
      async: false,
      entries: entries$1,
      message: message$1,
      '~run'(dataset, config$1) {
        const input = dataset.value;
        if (input && typeof input === 'object') {
          dataset.typed = true;
          dataset.value = {};
          for (const key in this.entries) {
            const valueSchema = this.entries[key];
            if (
              key in input ||
              ((valueSchema.type === 'exact_optional' ||
                valueSchema.type === 'optional' ||
                valueSchema.type === 'nullish') &&
                valueSchema.default !== void 0)
            ) {
              const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
              const valueDataset = valueSchema['~run']({ value: value$1 }, config$1);
              if (valueDataset.issues) {
                const pathItem = {
                  type: 'object',
                  origin: 'value',
                  input,
                  key,
                  value: value$1,
                };
                for (const issue of valueDataset.issues) {
                  if (issue.path) issue.path.unshift(pathItem);
                  else issue.path = [pathItem];
                  dataset.issues?.push(issue);
                }
                if (!dataset.issues) dataset.issues = valueDataset.issues;
                if (config$1.abortEarly) {
                  dataset.typed = false;
                  break;
                }
              }
              if (!valueDataset.typed) dataset.typed = false;
              dataset.value[key] = valueDataset.value;
            } else if (valueSchema.fallback !== void 0)
              dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
            else if (
              valueSchema.type !== 'exact_optional' &&
              valueSchema.type !== 'optional' &&
              valueSchema.type !== 'nullish'
            ) {
              _addIssue(this, 'key', dataset, config$1, {
                input: void 0,
                expected: `"${key}"`,
                path: [
                  {
                    type: 'object',
                    origin: 'key',
                    input,
                    key,
                    value: input[key],
                  },
                ],
              });
              if (config$1.abortEarly) break;
            }
          }
        } else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function string(message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'string',
      reference: string,
      expects: 'string',
      async: false,
      message: message$1,
      '~run'(dataset, config$1) {
        if (typeof dataset.value === 'string') dataset.typed = true;
        else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function variant(key, options, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'variant',
      reference: variant,
      expects: 'Object',
      async: false,
      key,
      options,
      message: message$1,
      '~run'(dataset, config$1) {
        const input = dataset.value;
        if (input && typeof input === 'object') {
          let outputDataset;
          let maxDiscriminatorPriority = 0;
          let invalidDiscriminatorKey = this.key;
          let expectedDiscriminators = [];
          const parseOptions = (variant$1, allKeys) => {
            for (const schema of variant$1.options) {
              if (schema.type === 'variant') parseOptions(schema, new Set(allKeys).add(schema.key));
              else {
                let keysAreValid = true;
                let currentPriority = 0;
                for (const currentKey of allKeys) {
                  const discriminatorSchema = schema.entries[currentKey];
                  if (
                    currentKey in input
                      ? discriminatorSchema['~run'](
                          {
                            typed: false,
                            value: input[currentKey],
                          },
                          ABORT_EARLY_CONFIG,
                        ).issues
                      : discriminatorSchema.type !== 'exact_optional' &&
                        discriminatorSchema.type !== 'optional' &&
                        discriminatorSchema.type !== 'nullish'
                  ) {
                    keysAreValid = false;
                    if (
                      invalidDiscriminatorKey !== currentKey &&
                      (maxDiscriminatorPriority < currentPriority ||
                        (maxDiscriminatorPriority === currentPriority &&
                          currentKey in input &&
                          !(invalidDiscriminatorKey in input)))
                    ) {
                      maxDiscriminatorPriority = currentPriority;
                      invalidDiscriminatorKey = currentKey;
                      expectedDiscriminators = [];
                    }
                    if (invalidDiscriminatorKey === currentKey)
                      expectedDiscriminators.push(schema.entries[currentKey].expects);
                    break;
                  }
                  currentPriority++;
                }
                if (keysAreValid) {
                  const optionDataset = schema['~run']({ value: input }, config$1);
                  if (!outputDataset || (!outputDataset.typed && optionDataset.typed))
                    outputDataset = optionDataset;
                }
              }
              if (outputDataset && !outputDataset.issues) break;
            }
          };
          parseOptions(this, /* @__PURE__ */ new Set([this.key]));
          if (outputDataset) return outputDataset;
          _addIssue(this, 'type', dataset, config$1, {
            input: input[invalidDiscriminatorKey],
            expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, '|'),
            path: [
              {
                type: 'object',
                origin: 'value',
                input,
                key: invalidDiscriminatorKey,
                value: input[invalidDiscriminatorKey],
              },
            ],
          });
        } else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function pipe(...pipe$1) {
    return _standardSchema({
      ...pipe$1[0],
      pipe: pipe$1,
      '~run'(dataset, config$1) {
        for (const item of pipe$1)
          if (item.kind !== 'metadata') {
            if (dataset.issues && (item.kind === 'schema' || item.kind === 'transformation')) {
              dataset.typed = false;
              break;
            }
            if (!dataset.issues || (!config$1.abortEarly && !config$1.abortPipeEarly))
              dataset = item['~run'](dataset, config$1);
          }
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function safeParse(schema, input, config$1) {
    const dataset = schema['~run']({ value: input }, /* @__PURE__ */ getGlobalConfig());
    return {
      typed: dataset.typed,
      success: !dataset.issues,
      output: dataset.value,
      issues: dataset.issues,
    };
  }
  const companyIdSchema = /* @__PURE__ */ pipe(
    /* @__PURE__ */ string(),
    /* @__PURE__ */ regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  );
  function describeIssues(issues) {
    return issues
      .slice(0, 3)
      .map((issue) => {
        const path = /* @__PURE__ */ getDotPath(issue);
        return path ? `${path}: ${issue.message}` : issue.message;
      })
      .join('; ');
  }
  const REPORT_FILE_MAX_BYTES = 5e6;
  const companyId = companyIdSchema;
  const shortString = /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ maxLength(5e3));
  const requestSchema = /* @__PURE__ */ variant('type', [
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('getCompanySummary'), companyId }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('getCompanyDetails'), companyId }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('listCompanies') }),
    /* @__PURE__ */ object({
      type: /* @__PURE__ */ literal('addReport'),
      report: /* @__PURE__ */ object({
        companyId: shortString,
        companyName: shortString,
        kind: shortString,
        date: shortString,
        description: shortString,
        sourceUrl: shortString,
      }),
    }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('listReports') }),
    /* @__PURE__ */ object({
      type: /* @__PURE__ */ literal('importReports'),
      text: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ maxLength(REPORT_FILE_MAX_BYTES)),
    }),
    /* @__PURE__ */ object({
      type: /* @__PURE__ */ literal('deleteReport'),
      id: /* @__PURE__ */ pipe(
        /* @__PURE__ */ string(),
        /* @__PURE__ */ minLength(1),
        /* @__PURE__ */ maxLength(100),
      ),
    }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('openDetails'), companyId }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('getPageMentions') }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('getPageInfo') }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('showCardAtSelection') }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('getDatasetInfo') }),
    /* @__PURE__ */ object({ type: /* @__PURE__ */ literal('getScanStats') }),
    /* @__PURE__ */ object({
      type: /* @__PURE__ */ literal('reportPageCompanies'),
      count: /* @__PURE__ */ pipe(
        /* @__PURE__ */ number(),
        /* @__PURE__ */ integer(),
        /* @__PURE__ */ minValue(0),
        /* @__PURE__ */ maxValue(1e5),
      ),
      /** Set when the page is on the company's own web site. */
      ownSiteCompanyId: /* @__PURE__ */ nullable(companyId),
    }),
  ]);
  const EXTENSION_PAGES_ONLY = /* @__PURE__ */ new Set([
    'addReport',
    'listReports',
    'importReports',
    'deleteReport',
  ]);
  async function dispatch(raw, sender, self2, handlers) {
    if (sender.id !== self2.id) return { ok: false, error: 'message from outside Backstory refused' };
    const parsed = /* @__PURE__ */ safeParse(requestSchema, raw);
    if (!parsed.success) return { ok: false, error: `malformed message: ${describeIssues(parsed.issues)}` };
    const request = parsed.output;
    if (EXTENSION_PAGES_ONLY.has(request.type) && !sender.url?.startsWith(self2.pagesOrigin)) {
      return { ok: false, error: `${request.type} is accepted only from Backstory's own pages` };
    }
    const handler = handlers[request.type];
    if (!handler) return { ok: false, error: `no handler for ${request.type} here` };
    try {
      return { ok: true, value: await handler(request, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  function unwrapReply(reply, type) {
    if (reply && typeof reply === 'object' && 'ok' in reply) {
      const typed = reply;
      if (typed.ok) return typed.value;
      throw new Error(typed.error);
    }
    throw new Error(`no answer to ${type}`);
  }
  var n,
    l,
    u$1,
    i,
    r,
    o,
    e,
    f$1,
    c,
    a,
    s,
    h,
    p,
    v,
    d = {},
    w = [],
    _ = /acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,
    g = Array.isArray;
  function m(n2, l2) {
    for (var u2 in l2) n2[u2] = l2[u2];
    return n2;
  }
  function b(n2) {
    n2 && n2.parentNode && n2.parentNode.removeChild(n2);
  }
  function k(l2, u2, t) {
    var i2,
      r2,
      o2,
      e2 = {};
    for (o2 in u2) 'key' == o2 ? (i2 = u2[o2]) : 'ref' == o2 ? (r2 = u2[o2]) : (e2[o2] = u2[o2]);
    if (
      (arguments.length > 2 && (e2.children = arguments.length > 3 ? n.call(arguments, 2) : t),
      'function' == typeof l2 && null != l2.defaultProps)
    )
      for (o2 in l2.defaultProps) void 0 === e2[o2] && (e2[o2] = l2.defaultProps[o2]);
    return x(l2, e2, i2, r2, null);
  }
  function x(n2, t, i2, r2, o2) {
    var e2 = {
      type: n2,
      props: t,
      key: i2,
      ref: r2,
      __k: null,
      __: null,
      __b: 0,
      __e: null,
      __c: null,
      constructor: void 0,
      __v: null == o2 ? ++u$1 : o2,
      __i: -1,
      __u: 0,
    };
    return (null == o2 && null != l.vnode && l.vnode(e2), e2);
  }
  function S(n2) {
    return n2.children;
  }
  function C(n2, l2) {
    ((this.props = n2), (this.context = l2));
  }
  function $(n2, l2) {
    if (null == l2) return n2.__ ? $(n2.__, n2.__i + 1) : null;
    for (var u2; l2 < n2.__k.length; l2++) if (null != (u2 = n2.__k[l2]) && null != u2.__e) return u2.__e;
    return 'function' == typeof n2.type ? $(n2) : null;
  }
  function I(n2) {
    if (n2.__P && n2.__d) {
      var u2 = n2.__v,
        t = u2.__e,
        i2 = [],
        r2 = [],
        o2 = m({}, u2);
      ((o2.__v = u2.__v + 1),
        l.vnode && l.vnode(o2),
        q(
          n2.__P,
          o2,
          u2,
          n2.__n,
          n2.__P.namespaceURI,
          32 & u2.__u ? [t] : null,
          i2,
          null == t ? $(u2) : t,
          !!(32 & u2.__u),
          r2,
        ),
        (o2.__v = u2.__v),
        (o2.__.__k[o2.__i] = o2),
        D(i2, o2, r2),
        (u2.__e = u2.__ = null),
        o2.__e != t && P(o2));
    }
  }
  function P(n2) {
    if (null != (n2 = n2.__) && null != n2.__c)
      return (
        (n2.__e = n2.__c.base = null),
        n2.__k.some(function (l2) {
          if (null != l2 && null != l2.__e) return (n2.__e = n2.__c.base = l2.__e);
        }),
        P(n2)
      );
  }
  function A(n2) {
    ((!n2.__d && (n2.__d = true) && i.push(n2) && !H.__r++) || r != l.debounceRendering) &&
      ((r = l.debounceRendering) || o)(H);
  }
  function H() {
    try {
      for (var n2, l2 = 1; i.length;) (i.length > l2 && i.sort(e), (n2 = i.shift()), (l2 = i.length), I(n2));
    } finally {
      i.length = H.__r = 0;
    }
  }
  function L(n2, l2, u2, t, i2, r2, o2, e2, f2, c2, a2) {
    var s2,
      h2,
      p2,
      v2,
      y,
      _2,
      g2 = (t && t.__k) || w,
      m2 = l2.length;
    for (f2 = T(u2, l2, g2, f2, m2), s2 = 0; s2 < m2; s2++)
      null != (p2 = u2.__k[s2]) &&
        ((h2 = (-1 != p2.__i && g2[p2.__i]) || d),
        (p2.__i = s2),
        (_2 = q(n2, p2, h2, i2, r2, o2, e2, f2, c2, a2)),
        (v2 = p2.__e),
        p2.ref && h2.ref != p2.ref && (h2.ref && J(h2.ref, null, p2), a2.push(p2.ref, p2.__c || v2, p2)),
        null == y && null != v2 && (y = v2),
        4 & p2.__u
          ? ((f2 = j(p2, f2, n2)), h2.__e && (h2.__e = null))
          : 'function' == typeof p2.type && void 0 !== _2
            ? (f2 = _2)
            : v2 && (f2 = v2.nextSibling),
        (p2.__u &= -7));
    return ((u2.__e = y), f2);
  }
  function T(n2, l2, u2, t, i2) {
    var r2,
      o2,
      e2,
      f2,
      c2,
      a2 = u2.length,
      s2 = a2,
      h2 = 0;
    for (n2.__k = new Array(i2), r2 = 0; r2 < i2; r2++)
      null != (o2 = l2[r2]) && 'boolean' != typeof o2 && 'function' != typeof o2
        ? ('string' == typeof o2 || 'number' == typeof o2 || 'bigint' == typeof o2 || o2.constructor == String
            ? (o2 = n2.__k[r2] = x(null, o2, null, null, null))
            : g(o2)
              ? (o2 = n2.__k[r2] = x(S, { children: o2 }, null, null, null))
              : void 0 === o2.constructor && o2.__b > 0
                ? (o2 = n2.__k[r2] = x(o2.type, o2.props, o2.key, o2.ref ? o2.ref : null, o2.__v))
                : (n2.__k[r2] = o2),
          (f2 = r2 + h2),
          (o2.__ = n2),
          (o2.__b = n2.__b + 1),
          (e2 = null),
          -1 != (c2 = o2.__i = O(o2, u2, f2, s2)) && (s2--, (e2 = u2[c2]) && (e2.__u |= 2)),
          null == e2 || null == e2.__v
            ? (-1 == c2 && (i2 > a2 ? h2-- : i2 < a2 && h2++), 'function' != typeof o2.type && (o2.__u |= 4))
            : c2 != f2 &&
              (c2 == f2 - 1 ? h2-- : c2 == f2 + 1 ? h2++ : (c2 > f2 ? h2-- : h2++, (o2.__u |= 4))))
        : (n2.__k[r2] = null);
    if (s2)
      for (r2 = 0; r2 < a2; r2++)
        null != (e2 = u2[r2]) && 0 == (2 & e2.__u) && (e2.__e == t && (t = $(e2)), K(e2, e2));
    return t;
  }
  function j(n2, l2, u2) {
    var t, i2;
    if ('function' == typeof n2.type) {
      for (t = n2.__k, i2 = 0; t && i2 < t.length; i2++) t[i2] && ((t[i2].__ = n2), (l2 = j(t[i2], l2, u2)));
      return l2;
    }
    n2.__e != l2 &&
      (l2 && n2.type && !l2.parentNode && (l2 = $(n2)), (l2 = u2.insertBefore(n2.__e, l2 || null)));
    do {
      l2 = l2 && l2.nextSibling;
    } while (null != l2 && 8 == l2.nodeType);
    return l2;
  }
  function O(n2, l2, u2, t) {
    var i2,
      r2,
      o2,
      e2 = n2.key,
      f2 = n2.type,
      c2 = l2[u2],
      a2 = null != c2 && 0 == (2 & c2.__u);
    if ((null === c2 && null == e2) || (a2 && e2 == c2.key && f2 == c2.type)) return u2;
    if (t > (a2 ? 1 : 0)) {
      for (i2 = u2 - 1, r2 = u2 + 1; i2 >= 0 || r2 < l2.length;)
        if (
          null != (c2 = l2[(o2 = i2 >= 0 ? i2-- : r2++)]) &&
          0 == (2 & c2.__u) &&
          e2 == c2.key &&
          f2 == c2.type
        )
          return o2;
    }
    return -1;
  }
  function z(n2, l2, u2) {
    '-' == l2[0]
      ? n2.setProperty(l2, null == u2 ? '' : u2)
      : (n2[l2] = null == u2 ? '' : 'number' != typeof u2 || _.test(l2) ? u2 : u2 + 'px');
  }
  function N(n2, l2, u2, t, i2) {
    var r2, o2;
    n: if ('style' == l2)
      if ('string' == typeof u2) n2.style.cssText = u2;
      else {
        if (('string' == typeof t && (n2.style.cssText = t = ''), t))
          for (l2 in t) (u2 && l2 in u2) || z(n2.style, l2, '');
        if (u2) for (l2 in u2) (t && u2[l2] == t[l2]) || z(n2.style, l2, u2[l2]);
      }
    else if ('o' == l2[0] && 'n' == l2[1])
      ((r2 = l2 != (l2 = l2.replace(s, '$1'))),
        (o2 = l2.toLowerCase()),
        (l2 = o2 in n2 || 'onFocusOut' == l2 || 'onFocusIn' == l2 ? o2.slice(2) : l2.slice(2)),
        n2.l || (n2.l = {}),
        (n2.l[l2 + r2] = u2),
        u2
          ? t
            ? (u2[a] = t[a])
            : ((u2[a] = h), n2.addEventListener(l2, r2 ? v : p, r2))
          : n2.removeEventListener(l2, r2 ? v : p, r2));
    else {
      if ('http://www.w3.org/2000/svg' == i2) l2 = l2.replace(/xlink(H|:h)/, 'h').replace(/sName$/, 's');
      else if (
        'width' != l2 &&
        'height' != l2 &&
        'href' != l2 &&
        'list' != l2 &&
        'form' != l2 &&
        'tabIndex' != l2 &&
        'download' != l2 &&
        'rowSpan' != l2 &&
        'colSpan' != l2 &&
        'role' != l2 &&
        'popover' != l2 &&
        l2 in n2
      )
        try {
          n2[l2] = null == u2 ? '' : u2;
          break n;
        } catch (n3) {}
      'function' == typeof u2 ||
        (null == u2 || (false === u2 && '-' != l2[4])
          ? n2.removeAttribute(l2)
          : n2.setAttribute(l2, 'popover' == l2 && 1 == u2 ? '' : u2));
    }
  }
  function V(n2) {
    return function (u2) {
      if (this.l) {
        var t = this.l[u2.type + n2];
        if (null == u2[c]) u2[c] = h++;
        else if (u2[c] < t[a]) return;
        return t(l.event ? l.event(u2) : u2);
      }
    };
  }
  function q(n2, u2, t, i2, r2, o2, e2, f2, c2, a2) {
    var s2,
      h2,
      p2,
      v2,
      y,
      d2,
      _2,
      k2,
      x2,
      M,
      I2,
      P2,
      A2,
      H2,
      T2,
      j2,
      F = u2.type;
    if (void 0 !== u2.constructor) return null;
    (128 & t.__u && ((c2 = !!(32 & t.__u)), (o2 = [(f2 = u2.__e = t.__e)])), (s2 = l.__b) && s2(u2));
    n: if ('function' == typeof F) {
      h2 = e2.length;
      try {
        if (
          ((x2 = u2.props),
          (M = F.prototype && F.prototype.render),
          (I2 = (s2 = F.contextType) && i2[s2.__c]),
          (P2 = s2 ? (I2 ? I2.props.value : s2.__) : i2),
          t.__c
            ? (k2 = (p2 = u2.__c = t.__c).__ = p2.__E)
            : (M
                ? (u2.__c = p2 = new F(x2, P2))
                : ((u2.__c = p2 = new C(x2, P2)), (p2.constructor = F), (p2.render = Q)),
              I2 && I2.sub(p2),
              p2.state || (p2.state = {}),
              (p2.__n = i2),
              (v2 = p2.__d = true),
              (p2.__h = []),
              (p2._sb = [])),
          M && null == p2.__s && (p2.__s = p2.state),
          M &&
            null != F.getDerivedStateFromProps &&
            (p2.__s == p2.state && (p2.__s = m({}, p2.__s)),
            m(p2.__s, F.getDerivedStateFromProps(x2, p2.__s))),
          (y = p2.props),
          (d2 = p2.state),
          (p2.__v = u2),
          v2)
        )
          (M &&
            null == F.getDerivedStateFromProps &&
            null != p2.componentWillMount &&
            p2.componentWillMount(),
            M && null != p2.componentDidMount && p2.__h.push(p2.componentDidMount));
        else {
          if (
            (M &&
              null == F.getDerivedStateFromProps &&
              x2 !== y &&
              null != p2.componentWillReceiveProps &&
              p2.componentWillReceiveProps(x2, P2),
            u2.__v == t.__v ||
              (!p2.__e &&
                null != p2.shouldComponentUpdate &&
                false === p2.shouldComponentUpdate(x2, p2.__s, P2)))
          ) {
            (u2.__v != t.__v && ((p2.props = x2), (p2.state = p2.__s), (p2.__d = false)),
              (u2.__e = t.__e),
              (u2.__k = t.__k),
              u2.__k.some(function (n3) {
                n3 && (n3.__ = u2);
              }),
              w.push.apply(p2.__h, p2._sb),
              (p2._sb = []),
              p2.__h.length && e2.push(p2),
              (f2 = $(t)));
            break n;
          }
          (null != p2.componentWillUpdate && p2.componentWillUpdate(x2, p2.__s, P2),
            M &&
              null != p2.componentDidUpdate &&
              p2.__h.push(function () {
                p2.componentDidUpdate(y, d2, _2);
              }));
        }
        if (((p2.context = P2), (p2.props = x2), (p2.__P = n2), (p2.__e = false), (A2 = l.__r), (H2 = 0), M))
          ((p2.state = p2.__s),
            (p2.__d = false),
            A2 && A2(u2),
            (s2 = p2.render(p2.props, p2.state, p2.context)),
            w.push.apply(p2.__h, p2._sb),
            (p2._sb = []));
        else
          do {
            ((p2.__d = false),
              A2 && A2(u2),
              (s2 = p2.render(p2.props, p2.state, p2.context)),
              (p2.state = p2.__s));
          } while (p2.__d && ++H2 < 25);
        ((p2.state = p2.__s),
          null != p2.getChildContext && (i2 = m(m({}, i2), p2.getChildContext())),
          M && !v2 && null != p2.getSnapshotBeforeUpdate && (_2 = p2.getSnapshotBeforeUpdate(y, d2)),
          (T2 = null != s2 && s2.type === S && null == s2.key ? E(s2.props.children) : s2),
          (f2 = L(n2, g(T2) ? T2 : [T2], u2, t, i2, r2, o2, e2, f2, c2, a2)),
          (p2.base = u2.__e),
          (u2.__u &= -161),
          p2.__h.length && e2.push(p2),
          k2 && (p2.__E = p2.__ = null));
      } catch (n3) {
        if (((e2.length = h2), (u2.__v = null), c2 || null != o2)) {
          if (n3.then) {
            for (u2.__u |= c2 ? 160 : 128; f2 && 8 == f2.nodeType && f2.nextSibling;) f2 = f2.nextSibling;
            (null != o2 && (o2[o2.indexOf(f2)] = null), (u2.__e = f2));
          } else if (null != o2) for (j2 = o2.length; j2--;) b(o2[j2]);
        } else u2.__e = t.__e;
        (null == u2.__k && (u2.__k = t.__k || []), n3.then || B(u2), l.__e(n3, u2, t));
      }
    } else
      null == o2 && u2.__v == t.__v
        ? ((u2.__k = t.__k), (u2.__e = t.__e))
        : (f2 = u2.__e = G(t.__e, u2, t, i2, r2, o2, e2, c2, a2));
    return ((s2 = l.diffed) && s2(u2), 128 & u2.__u ? void 0 : f2);
  }
  function B(n2) {
    n2 && (n2.__c && (n2.__c.__e = true), n2.__k && n2.__k.some(B));
  }
  function D(n2, u2, t) {
    for (var i2 = 0; i2 < t.length; i2++) J(t[i2], t[++i2], t[++i2]);
    (l.__c && l.__c(u2, n2),
      n2.some(function (u3) {
        try {
          ((n2 = u3.__h),
            (u3.__h = []),
            n2.some(function (n3) {
              n3.call(u3);
            }));
        } catch (n3) {
          l.__e(n3, u3.__v);
        }
      }));
  }
  function E(n2) {
    return 'object' != typeof n2 || null == n2 || n2.__b > 0
      ? n2
      : g(n2)
        ? n2.map(E)
        : void 0 !== n2.constructor
          ? null
          : m({}, n2);
  }
  function G(u2, t, i2, r2, o2, e2, f2, c2, a2) {
    var s2,
      h2,
      p2,
      v2,
      y,
      w2,
      _2,
      m2 = i2.props || d,
      k2 = t.props,
      x2 = t.type;
    if (
      ('svg' == x2
        ? (o2 = 'http://www.w3.org/2000/svg')
        : 'math' == x2
          ? (o2 = 'http://www.w3.org/1998/Math/MathML')
          : o2 || (o2 = 'http://www.w3.org/1999/xhtml'),
      null != e2)
    ) {
      for (s2 = 0; s2 < e2.length; s2++)
        if ((y = e2[s2]) && 'setAttribute' in y == !!x2 && (x2 ? y.localName == x2 : 3 == y.nodeType)) {
          ((u2 = y), (e2[s2] = null));
          break;
        }
    }
    if (null == u2) {
      if (null == x2) return document.createTextNode(k2);
      ((u2 = document.createElementNS(o2, x2, k2.is && k2)),
        c2 && (l.__m && l.__m(t, e2), (c2 = false)),
        (e2 = null));
    }
    if (null == x2) m2 === k2 || (c2 && u2.data == k2) || (u2.data = k2);
    else {
      if (
        ((e2 = 'textarea' == x2 && null != k2.defaultValue ? null : e2 && n.call(u2.childNodes)),
        !c2 && null != e2)
      )
        for (m2 = {}, s2 = 0; s2 < u2.attributes.length; s2++) m2[(y = u2.attributes[s2]).name] = y.value;
      for (s2 in m2)
        ((y = m2[s2]),
          'dangerouslySetInnerHTML' == s2
            ? (p2 = y)
            : 'children' == s2 ||
              s2 in k2 ||
              ('value' == s2 && 'defaultValue' in k2) ||
              ('checked' == s2 && 'defaultChecked' in k2) ||
              N(u2, s2, null, y, o2));
      for (s2 in k2)
        ((y = k2[s2]),
          'children' == s2
            ? (v2 = y)
            : 'dangerouslySetInnerHTML' == s2
              ? (h2 = y)
              : 'value' == s2
                ? (w2 = y)
                : 'checked' == s2
                  ? (_2 = y)
                  : (c2 && 'function' != typeof y) || m2[s2] === y || N(u2, s2, y, m2[s2], o2));
      if (h2)
        (c2 || (p2 && (h2.__html == p2.__html || h2.__html == u2.innerHTML)) || (u2.innerHTML = h2.__html),
          (t.__k = []));
      else if (
        (p2 && (u2.innerHTML = ''),
        L(
          'template' == t.type ? u2.content : u2,
          g(v2) ? v2 : [v2],
          t,
          i2,
          r2,
          'foreignObject' == x2 ? 'http://www.w3.org/1999/xhtml' : o2,
          e2,
          f2,
          e2 ? e2[0] : i2.__k && $(i2, 0),
          c2,
          a2,
        ),
        null != e2)
      )
        for (s2 = e2.length; s2--;) b(e2[s2]);
      (c2 && 'textarea' != x2) ||
        ((s2 = 'value'),
        'progress' == x2 && null == w2
          ? u2.removeAttribute('value')
          : null != w2 &&
            (w2 !== u2[s2] || ('progress' == x2 && !w2) || ('option' == x2 && w2 != m2[s2])) &&
            N(u2, s2, w2, m2[s2], o2),
        (s2 = 'checked'),
        null != _2 && _2 != u2[s2] && N(u2, s2, _2, m2[s2], o2));
    }
    return u2;
  }
  function J(n2, u2, t) {
    try {
      if ('function' == typeof n2) {
        var i2 = 'function' == typeof n2.__u;
        (i2 && n2.__u(), (i2 && null == u2) || (n2.__u = n2(u2)));
      } else n2.current = u2;
    } catch (n3) {
      l.__e(n3, t);
    }
  }
  function K(n2, u2, t) {
    var i2, r2;
    if (
      (l.unmount && l.unmount(n2),
      (i2 = n2.ref) && ((i2.current && i2.current != n2.__e) || J(i2, null, u2)),
      null != (i2 = n2.__c))
    ) {
      if (i2.componentWillUnmount)
        try {
          i2.componentWillUnmount();
        } catch (n3) {
          l.__e(n3, u2);
        }
      i2.base = i2.__P = i2.__n = null;
    }
    if ((i2 = n2.__k))
      for (r2 = 0; r2 < i2.length; r2++) i2[r2] && K(i2[r2], u2, t || 'function' != typeof n2.type);
    (t || b(n2.__e), (n2.__c = n2.__ = n2.__e = void 0));
  }
  function Q(n2, l2, u2) {
    return this.constructor(n2, u2);
  }
  function R(u2, t, i2) {
    var r2, o2, e2, f2;
    (t == document && (t = document.documentElement),
      l.__ && l.__(u2, t),
      (o2 = (r2 = false) ? null : t.__k),
      (e2 = []),
      (f2 = []),
      q(
        t,
        (u2 = t.__k = k(S, null, [u2])),
        o2 || d,
        d,
        t.namespaceURI,
        o2 ? null : t.firstChild ? n.call(t.childNodes) : null,
        e2,
        o2 ? o2.__e : t.firstChild,
        r2,
        f2,
      ),
      D(e2, u2, f2),
      (u2.props.children = null));
  }
  ((n = w.slice),
    (l = {
      __e: function (n2, l2, u2, t) {
        for (var i2, r2, o2; (l2 = l2.__);)
          if ((i2 = l2.__c) && !i2.__)
            try {
              if (
                ((r2 = i2.constructor) &&
                  null != r2.getDerivedStateFromError &&
                  (i2.setState(r2.getDerivedStateFromError(n2)), (o2 = i2.__d)),
                null != i2.componentDidCatch && (i2.componentDidCatch(n2, t || {}), (o2 = i2.__d)),
                o2)
              )
                return (i2.__E = i2);
            } catch (l3) {
              n2 = l3;
            }
        throw n2;
      },
    }),
    (u$1 = 0),
    (C.prototype.setState = function (n2, l2) {
      var u2;
      ((u2 = null != this.__s && this.__s != this.state ? this.__s : (this.__s = m({}, this.state))),
        'function' == typeof n2 && (n2 = n2(m({}, u2), this.props)),
        n2 && m(u2, n2),
        null != n2 && this.__v && (l2 && this._sb.push(l2), A(this)));
    }),
    (C.prototype.forceUpdate = function (n2) {
      this.__v && ((this.__e = true), n2 && this.__h.push(n2), A(this));
    }),
    (C.prototype.render = S),
    (i = []),
    (o = 'function' == typeof Promise ? Promise.prototype.then.bind(Promise.resolve()) : setTimeout),
    (e = function (n2, l2) {
      return n2.__v.__b - l2.__v.__b;
    }),
    (H.__r = 0),
    (f$1 = Math.random().toString(8)),
    (c = '__d' + f$1),
    (a = '__a' + f$1),
    (s = /(PointerCapture)$|Capture$/i),
    (h = 0),
    (p = V(false)),
    (v = V(true)));
  var f = 0;
  function u(e2, t, n2, o2, i2, u2) {
    t || (t = {});
    var a2,
      c2,
      p2 = t;
    if ('ref' in p2) for (c2 in ((p2 = {}), t)) 'ref' == c2 ? (a2 = t[c2]) : (p2[c2] = t[c2]);
    var l$1 = {
      type: e2,
      props: p2,
      key: n2,
      ref: a2,
      __k: null,
      __: null,
      __b: 0,
      __e: null,
      __c: null,
      constructor: void 0,
      __v: --f,
      __i: -1,
      __u: 0,
      __source: i2,
      __self: u2,
    };
    if ('function' == typeof e2 && (a2 = e2.defaultProps))
      for (c2 in a2) void 0 === p2[c2] && (p2[c2] = a2[c2]);
    return (l.vnode && l.vnode(l$1), l$1);
  }
  const min = Math.min;
  const max = Math.max;
  const round = Math.round;
  const createCoords = (v2) => ({
    x: v2,
    y: v2,
  });
  const oppositeSideMap = {
    left: 'right',
    right: 'left',
    bottom: 'top',
    top: 'bottom',
  };
  function clamp(start, value, end) {
    return max(start, min(value, end));
  }
  function evaluate(value, param) {
    return typeof value === 'function' ? value(param) : value;
  }
  function getSide(placement) {
    return placement.split('-')[0];
  }
  function getAlignment(placement) {
    return placement.split('-')[1];
  }
  function getOppositeAxis(axis) {
    return axis === 'x' ? 'y' : 'x';
  }
  function getAxisLength(axis) {
    return axis === 'y' ? 'height' : 'width';
  }
  function getSideAxis(placement) {
    const firstChar = placement[0];
    return firstChar === 't' || firstChar === 'b' ? 'y' : 'x';
  }
  function getAlignmentAxis(placement) {
    return getOppositeAxis(getSideAxis(placement));
  }
  function getAlignmentSides(placement, rects, rtl) {
    if (rtl === void 0) {
      rtl = false;
    }
    const alignment = getAlignment(placement);
    const alignmentAxis = getAlignmentAxis(placement);
    const length = getAxisLength(alignmentAxis);
    let mainAlignmentSide =
      alignmentAxis === 'x'
        ? alignment === (rtl ? 'end' : 'start')
          ? 'right'
          : 'left'
        : alignment === 'start'
          ? 'bottom'
          : 'top';
    if (rects.reference[length] > rects.floating[length]) {
      mainAlignmentSide = getOppositePlacement(mainAlignmentSide);
    }
    return [mainAlignmentSide, getOppositePlacement(mainAlignmentSide)];
  }
  function getExpandedPlacements(placement) {
    const oppositePlacement = getOppositePlacement(placement);
    return [
      getOppositeAlignmentPlacement(placement),
      oppositePlacement,
      getOppositeAlignmentPlacement(oppositePlacement),
    ];
  }
  function getOppositeAlignmentPlacement(placement) {
    return placement.includes('start')
      ? placement.replace('start', 'end')
      : placement.replace('end', 'start');
  }
  const lrPlacement = ['left', 'right'];
  const rlPlacement = ['right', 'left'];
  const tbPlacement = ['top', 'bottom'];
  const btPlacement = ['bottom', 'top'];
  function getSideList(side, isStart, rtl) {
    switch (side) {
      case 'top':
      case 'bottom':
        if (rtl) return isStart ? rlPlacement : lrPlacement;
        return isStart ? lrPlacement : rlPlacement;
      case 'left':
      case 'right':
        return isStart ? tbPlacement : btPlacement;
      default:
        return [];
    }
  }
  function getOppositeAxisPlacements(placement, flipAlignment, direction, rtl) {
    const alignment = getAlignment(placement);
    let list = getSideList(getSide(placement), direction === 'start', rtl);
    if (alignment) {
      list = list.map((side) => side + '-' + alignment);
      if (flipAlignment) {
        list = list.concat(list.map(getOppositeAlignmentPlacement));
      }
    }
    return list;
  }
  function getOppositePlacement(placement) {
    const side = getSide(placement);
    return oppositeSideMap[side] + placement.slice(side.length);
  }
  function expandPaddingObject(padding) {
    var _padding$top, _padding$right, _padding$bottom, _padding$left;
    return {
      top: (_padding$top = padding.top) != null ? _padding$top : 0,
      right: (_padding$right = padding.right) != null ? _padding$right : 0,
      bottom: (_padding$bottom = padding.bottom) != null ? _padding$bottom : 0,
      left: (_padding$left = padding.left) != null ? _padding$left : 0,
    };
  }
  function getPaddingObject(padding) {
    return typeof padding !== 'number'
      ? expandPaddingObject(padding)
      : {
          top: padding,
          right: padding,
          bottom: padding,
          left: padding,
        };
  }
  function rectToClientRect(rect) {
    const { x: x2, y, width, height } = rect;
    return {
      width,
      height,
      top: y,
      left: x2,
      right: x2 + width,
      bottom: y + height,
      x: x2,
      y,
    };
  }
  function computeCoordsFromPlacement(_ref, placement, rtl) {
    let { reference, floating } = _ref;
    const sideAxis = getSideAxis(placement);
    const alignmentAxis = getAlignmentAxis(placement);
    const alignLength = getAxisLength(alignmentAxis);
    const side = getSide(placement);
    const isVertical = sideAxis === 'y';
    const commonX = reference.x + reference.width / 2 - floating.width / 2;
    const commonY = reference.y + reference.height / 2 - floating.height / 2;
    const commonAlign = reference[alignLength] / 2 - floating[alignLength] / 2;
    let coords;
    switch (side) {
      case 'top':
        coords = {
          x: commonX,
          y: reference.y - floating.height,
        };
        break;
      case 'bottom':
        coords = {
          x: commonX,
          y: reference.y + reference.height,
        };
        break;
      case 'right':
        coords = {
          x: reference.x + reference.width,
          y: commonY,
        };
        break;
      case 'left':
        coords = {
          x: reference.x - floating.width,
          y: commonY,
        };
        break;
      default:
        coords = {
          x: reference.x,
          y: reference.y,
        };
    }
    const alignment = getAlignment(placement);
    if (alignment) {
      coords[alignmentAxis] += commonAlign * (alignment === 'end' ? 1 : -1) * (rtl && isVertical ? -1 : 1);
    }
    return coords;
  }
  async function detectOverflow(state, options) {
    var _await$platform$isEle;
    if (options === void 0) {
      options = {};
    }
    const { x: x2, y, platform: platform2, rects, elements, strategy } = state;
    const {
      boundary = 'clippingAncestors',
      rootBoundary = 'viewport',
      elementContext = 'floating',
      altBoundary = false,
      padding = 0,
    } = evaluate(options, state);
    const paddingObject = getPaddingObject(padding);
    const altContext = elementContext === 'floating' ? 'reference' : 'floating';
    const element = elements[altBoundary ? altContext : elementContext];
    const clippingClientRect = rectToClientRect(
      await platform2.getClippingRect({
        element: (
          (_await$platform$isEle = await (platform2.isElement == null
            ? void 0
            : platform2.isElement(element))) != null
            ? _await$platform$isEle
            : true
        )
          ? element
          : element.contextElement ||
            (await (platform2.getDocumentElement == null
              ? void 0
              : platform2.getDocumentElement(elements.floating))),
        boundary,
        rootBoundary,
        strategy,
      }),
    );
    const rect =
      elementContext === 'floating'
        ? {
            x: x2,
            y,
            width: rects.floating.width,
            height: rects.floating.height,
          }
        : rects.reference;
    const offsetParent = await (platform2.getOffsetParent == null
      ? void 0
      : platform2.getOffsetParent(elements.floating));
    const offsetScale = ((await (platform2.isElement == null ? void 0 : platform2.isElement(offsetParent))) &&
      (await (platform2.getScale == null ? void 0 : platform2.getScale(offsetParent)))) || {
      x: 1,
      y: 1,
    };
    const elementClientRect = rectToClientRect(
      platform2.convertOffsetParentRelativeRectToViewportRelativeRect
        ? await platform2.convertOffsetParentRelativeRectToViewportRelativeRect({
            elements,
            rect,
            offsetParent,
            strategy,
          })
        : rect,
    );
    return {
      top: (clippingClientRect.top - elementClientRect.top + paddingObject.top) / offsetScale.y,
      bottom: (elementClientRect.bottom - clippingClientRect.bottom + paddingObject.bottom) / offsetScale.y,
      left: (clippingClientRect.left - elementClientRect.left + paddingObject.left) / offsetScale.x,
      right: (elementClientRect.right - clippingClientRect.right + paddingObject.right) / offsetScale.x,
    };
  }
  const MAX_RESET_COUNT = 50;
  const computePosition$1 = async (reference, floating, config) => {
    const { placement = 'bottom', strategy = 'absolute', middleware = [], platform: platform2 } = config;
    const platformWithDetectOverflow = platform2.detectOverflow
      ? platform2
      : {
          ...platform2,
          detectOverflow,
        };
    const rtl = await (platform2.isRTL == null ? void 0 : platform2.isRTL(floating));
    let rects = await platform2.getElementRects({
      reference,
      floating,
      strategy,
    });
    let { x: x2, y } = computeCoordsFromPlacement(rects, placement, rtl);
    let statefulPlacement = placement;
    let resetCount = 0;
    const middlewareData = {};
    for (let i2 = 0; i2 < middleware.length; i2++) {
      const currentMiddleware = middleware[i2];
      if (!currentMiddleware) {
        continue;
      }
      const { name, fn } = currentMiddleware;
      const {
        x: nextX,
        y: nextY,
        data,
        reset,
      } = await fn({
        x: x2,
        y,
        initialPlacement: placement,
        placement: statefulPlacement,
        strategy,
        middlewareData,
        rects,
        platform: platformWithDetectOverflow,
        elements: {
          reference,
          floating,
        },
      });
      x2 = nextX != null ? nextX : x2;
      y = nextY != null ? nextY : y;
      middlewareData[name] = {
        ...middlewareData[name],
        ...data,
      };
      if (reset && resetCount < MAX_RESET_COUNT) {
        resetCount++;
        if (typeof reset === 'object') {
          if (reset.placement) {
            statefulPlacement = reset.placement;
          }
          if (reset.rects) {
            rects =
              reset.rects === true
                ? await platform2.getElementRects({
                    reference,
                    floating,
                    strategy,
                  })
                : reset.rects;
          }
          ({ x: x2, y } = computeCoordsFromPlacement(rects, statefulPlacement, rtl));
        }
        i2 = -1;
      }
    }
    return {
      x: x2,
      y,
      placement: statefulPlacement,
      strategy,
      middlewareData,
    };
  };
  const flip$1 = function (options) {
    if (options === void 0) {
      options = {};
    }
    return {
      name: 'flip',
      options,
      async fn(state) {
        var _middlewareData$arrow, _middlewareData$flip;
        const { placement, middlewareData, rects, initialPlacement, platform: platform2, elements } = state;
        const {
          mainAxis: checkMainAxis = true,
          crossAxis: checkCrossAxis = true,
          fallbackPlacements: specifiedFallbackPlacements,
          fallbackStrategy = 'bestFit',
          fallbackAxisSideDirection = 'none',
          flipAlignment = true,
          ...detectOverflowOptions
        } = evaluate(options, state);
        if ((_middlewareData$arrow = middlewareData.arrow) != null && _middlewareData$arrow.alignmentOffset) {
          return {};
        }
        const side = getSide(placement);
        const initialSideAxis = getSideAxis(initialPlacement);
        const isBasePlacement = getSide(initialPlacement) === initialPlacement;
        const rtl = await (platform2.isRTL == null ? void 0 : platform2.isRTL(elements.floating));
        const fallbackPlacements =
          specifiedFallbackPlacements ||
          (isBasePlacement || !flipAlignment
            ? [getOppositePlacement(initialPlacement)]
            : getExpandedPlacements(initialPlacement));
        const hasFallbackAxisSideDirection = fallbackAxisSideDirection !== 'none';
        if (!specifiedFallbackPlacements && hasFallbackAxisSideDirection) {
          fallbackPlacements.push(
            ...getOppositeAxisPlacements(initialPlacement, flipAlignment, fallbackAxisSideDirection, rtl),
          );
        }
        const placements = [initialPlacement, ...fallbackPlacements];
        const overflow = await platform2.detectOverflow(state, detectOverflowOptions);
        const overflows = [];
        let overflowsData =
          ((_middlewareData$flip = middlewareData.flip) == null ? void 0 : _middlewareData$flip.overflows) ||
          [];
        if (checkMainAxis) {
          overflows.push(overflow[side]);
        }
        if (checkCrossAxis) {
          const sides = getAlignmentSides(placement, rects, rtl);
          overflows.push(overflow[sides[0]], overflow[sides[1]]);
        }
        overflowsData = [
          ...overflowsData,
          {
            placement,
            overflows,
          },
        ];
        if (!overflows.every((side2) => side2 <= 0)) {
          var _middlewareData$flip2, _overflowsData$filter;
          const nextIndex =
            (((_middlewareData$flip2 = middlewareData.flip) == null ? void 0 : _middlewareData$flip2.index) ||
              0) + 1;
          const nextPlacement = placements[nextIndex];
          if (nextPlacement) {
            const ignoreCrossAxisOverflow =
              checkCrossAxis === 'alignment' ? initialSideAxis !== getSideAxis(nextPlacement) : false;
            if (
              !ignoreCrossAxisOverflow || // We leave the current main axis only if every placement on that axis
              // overflows the main axis.
              overflowsData.every((d2) =>
                getSideAxis(d2.placement) === initialSideAxis ? d2.overflows[0] > 0 : true,
              )
            ) {
              return {
                data: {
                  index: nextIndex,
                  overflows: overflowsData,
                },
                reset: {
                  placement: nextPlacement,
                },
              };
            }
          }
          let resetPlacement =
            (_overflowsData$filter = overflowsData
              .filter((d2) => d2.overflows[0] <= 0)
              .sort((a2, b2) => a2.overflows[1] - b2.overflows[1])[0]) == null
              ? void 0
              : _overflowsData$filter.placement;
          if (!resetPlacement) {
            switch (fallbackStrategy) {
              case 'bestFit': {
                var _overflowsData$filter2;
                const placement2 =
                  (_overflowsData$filter2 = overflowsData
                    .filter((d2) => {
                      if (hasFallbackAxisSideDirection) {
                        const currentSideAxis = getSideAxis(d2.placement);
                        return (
                          currentSideAxis === initialSideAxis || // Create a bias to the `y` side axis due to horizontal
                          // reading directions favoring greater width.
                          currentSideAxis === 'y'
                        );
                      }
                      return true;
                    })
                    .map((d2) => [
                      d2.placement,
                      d2.overflows
                        .filter((overflow2) => overflow2 > 0)
                        .reduce((acc, overflow2) => acc + overflow2, 0),
                    ])
                    .sort((a2, b2) => a2[1] - b2[1])[0]) == null
                    ? void 0
                    : _overflowsData$filter2[0];
                if (placement2) {
                  resetPlacement = placement2;
                }
                break;
              }
              case 'initialPlacement':
                resetPlacement = initialPlacement;
                break;
            }
          }
          if (placement !== resetPlacement) {
            return {
              reset: {
                placement: resetPlacement,
              },
            };
          }
        }
        return {};
      },
    };
  };
  const originSides = /* @__PURE__ */ new Set(['left', 'top']);
  async function convertValueToCoords(state, options) {
    const { placement, platform: platform2, elements } = state;
    const rtl = await (platform2.isRTL == null ? void 0 : platform2.isRTL(elements.floating));
    const side = getSide(placement);
    const alignment = getAlignment(placement);
    const isVertical = getSideAxis(placement) === 'y';
    const mainAxisMulti = originSides.has(side) ? -1 : 1;
    const crossAxisMulti = rtl && isVertical ? -1 : 1;
    const rawValue = evaluate(options, state);
    let { mainAxis, crossAxis, alignmentAxis } =
      typeof rawValue === 'number'
        ? {
            mainAxis: rawValue,
            crossAxis: 0,
            alignmentAxis: null,
          }
        : {
            mainAxis: rawValue.mainAxis || 0,
            crossAxis: rawValue.crossAxis || 0,
            alignmentAxis: rawValue.alignmentAxis,
          };
    if (alignment && typeof alignmentAxis === 'number') {
      crossAxis = alignment === 'end' ? alignmentAxis * -1 : alignmentAxis;
    }
    return isVertical
      ? {
          x: crossAxis * crossAxisMulti,
          y: mainAxis * mainAxisMulti,
        }
      : {
          x: mainAxis * mainAxisMulti,
          y: crossAxis * crossAxisMulti,
        };
  }
  const offset$1 = function (options) {
    if (options === void 0) {
      options = 0;
    }
    return {
      name: 'offset',
      options,
      async fn(state) {
        var _middlewareData$offse, _middlewareData$arrow;
        const { x: x2, y, placement, middlewareData } = state;
        const diffCoords = await convertValueToCoords(state, options);
        if (
          placement ===
            ((_middlewareData$offse = middlewareData.offset) == null
              ? void 0
              : _middlewareData$offse.placement) &&
          (_middlewareData$arrow = middlewareData.arrow) != null &&
          _middlewareData$arrow.alignmentOffset
        ) {
          return {};
        }
        return {
          x: x2 + diffCoords.x,
          y: y + diffCoords.y,
          data: {
            ...diffCoords,
            placement,
          },
        };
      },
    };
  };
  const shift$1 = function (options) {
    if (options === void 0) {
      options = {};
    }
    return {
      name: 'shift',
      options,
      async fn(state) {
        const { x: x2, y, placement, platform: platform2 } = state;
        const {
          mainAxis: checkMainAxis = true,
          crossAxis: checkCrossAxis = false,
          limiter = {
            fn: (_ref) => {
              let { x: x3, y: y2 } = _ref;
              return {
                x: x3,
                y: y2,
              };
            },
          },
          ...detectOverflowOptions
        } = evaluate(options, state);
        const coords = {
          x: x2,
          y,
        };
        const overflow = await platform2.detectOverflow(state, detectOverflowOptions);
        const crossAxis = getSideAxis(placement);
        const mainAxis = getOppositeAxis(crossAxis);
        let mainAxisCoord = coords[mainAxis];
        let crossAxisCoord = coords[crossAxis];
        const clampCoord = (axis, coord) =>
          clamp(
            coord + overflow[axis === 'y' ? 'top' : 'left'],
            coord,
            coord - overflow[axis === 'y' ? 'bottom' : 'right'],
          );
        if (checkMainAxis) {
          mainAxisCoord = clampCoord(mainAxis, mainAxisCoord);
        }
        if (checkCrossAxis) {
          crossAxisCoord = clampCoord(crossAxis, crossAxisCoord);
        }
        const limitedCoords = limiter.fn({
          ...state,
          [mainAxis]: mainAxisCoord,
          [crossAxis]: crossAxisCoord,
        });
        return {
          ...limitedCoords,
          data: {
            x: limitedCoords.x - x2,
            y: limitedCoords.y - y,
            enabled: {
              [mainAxis]: checkMainAxis,
              [crossAxis]: checkCrossAxis,
            },
          },
        };
      },
    };
  };
  function hasWindow() {
    return typeof window !== 'undefined';
  }
  function getNodeName(node) {
    if (isNode(node)) {
      return (node.nodeName || '').toLowerCase();
    }
    return '#document';
  }
  function getWindow(node) {
    var _node$ownerDocument;
    return (
      (node == null || (_node$ownerDocument = node.ownerDocument) == null
        ? void 0
        : _node$ownerDocument.defaultView) || window
    );
  }
  function getDocumentElement(node) {
    var _ref;
    return (_ref = (isNode(node) ? node.ownerDocument : node.document) || window.document) == null
      ? void 0
      : _ref.documentElement;
  }
  function isNode(value) {
    if (!hasWindow()) {
      return false;
    }
    return value instanceof Node || value instanceof getWindow(value).Node;
  }
  function isElement(value) {
    if (!hasWindow()) {
      return false;
    }
    return value instanceof Element || value instanceof getWindow(value).Element;
  }
  function isHTMLElement(value) {
    if (!hasWindow()) {
      return false;
    }
    return value instanceof HTMLElement || value instanceof getWindow(value).HTMLElement;
  }
  function isShadowRoot(value) {
    if (!hasWindow() || typeof ShadowRoot === 'undefined') {
      return false;
    }
    return value instanceof ShadowRoot || value instanceof getWindow(value).ShadowRoot;
  }
  function isOverflowElement(element) {
    const { overflow, overflowX, overflowY, display } = getComputedStyle$1(element);
    return (
      /auto|scroll|overlay|hidden|clip/.test(overflow + overflowY + overflowX) &&
      display !== 'inline' &&
      display !== 'contents'
    );
  }
  function isTableElement(element) {
    return /^(table|td|th)$/.test(getNodeName(element));
  }
  function isTopLayer(element) {
    try {
      if (element.matches(':popover-open')) {
        return true;
      }
    } catch (_e) {}
    try {
      return element.matches(':modal');
    } catch (_e) {
      return false;
    }
  }
  const willChangeRe = /transform|translate|scale|rotate|perspective|filter/;
  const containRe = /paint|layout|strict|content/;
  const isNotNone = (value) => !!value && value !== 'none';
  let isWebKitValue;
  function isContainingBlock(elementOrCss) {
    const css = isElement(elementOrCss) ? getComputedStyle$1(elementOrCss) : elementOrCss;
    return (
      isNotNone(css.transform) ||
      isNotNone(css.translate) ||
      isNotNone(css.scale) ||
      isNotNone(css.rotate) ||
      isNotNone(css.perspective) ||
      (!isWebKit() && (isNotNone(css.backdropFilter) || isNotNone(css.filter))) ||
      willChangeRe.test(css.willChange || '') ||
      containRe.test(css.contain || '')
    );
  }
  function getContainingBlock(element) {
    let currentNode = getParentNode(element);
    while (isHTMLElement(currentNode) && !isLastTraversableNode(currentNode)) {
      if (isContainingBlock(currentNode)) {
        return currentNode;
      } else if (isTopLayer(currentNode)) {
        return null;
      }
      currentNode = getParentNode(currentNode);
    }
    return null;
  }
  function isWebKit() {
    if (isWebKitValue == null) {
      isWebKitValue =
        typeof CSS !== 'undefined' && CSS.supports && CSS.supports('-webkit-backdrop-filter', 'none');
    }
    return isWebKitValue;
  }
  function isLastTraversableNode(node) {
    return /^(html|body|#document)$/.test(getNodeName(node));
  }
  function getComputedStyle$1(element) {
    return getWindow(element).getComputedStyle(element);
  }
  function getNodeScroll(element) {
    if (isElement(element)) {
      return {
        scrollLeft: element.scrollLeft,
        scrollTop: element.scrollTop,
      };
    }
    return {
      scrollLeft: element.scrollX,
      scrollTop: element.scrollY,
    };
  }
  function getParentNode(node) {
    if (getNodeName(node) === 'html') {
      return node;
    }
    const result2 =
      // Step into the shadow DOM of the parent of a slotted node.
      node.assignedSlot || // DOM Element detected.
      node.parentNode || // ShadowRoot detected.
      (isShadowRoot(node) && node.host) || // Fallback.
      getDocumentElement(node);
    return isShadowRoot(result2) ? result2.host : result2;
  }
  function getNearestOverflowAncestor(node) {
    const parentNode = getParentNode(node);
    if (isLastTraversableNode(parentNode)) {
      return (node.ownerDocument || node).body;
    }
    if (isHTMLElement(parentNode) && isOverflowElement(parentNode)) {
      return parentNode;
    }
    return getNearestOverflowAncestor(parentNode);
  }
  function getOverflowAncestors(node, list, traverseIframes) {
    var _node$ownerDocument2;
    if (list === void 0) {
      list = [];
    }
    const scrollableAncestor = getNearestOverflowAncestor(node);
    const isBody =
      scrollableAncestor ===
      ((_node$ownerDocument2 = node.ownerDocument) == null ? void 0 : _node$ownerDocument2.body);
    const win = getWindow(scrollableAncestor);
    if (isBody) {
      getFrameElement(win);
      return list.concat(
        win,
        win.visualViewport || [],
        isOverflowElement(scrollableAncestor) ? scrollableAncestor : [],
        [],
      );
    } else {
      return list.concat(scrollableAncestor, getOverflowAncestors(scrollableAncestor, []));
    }
  }
  function getFrameElement(win) {
    return win.parent && Object.getPrototypeOf(win.parent) ? win.frameElement : null;
  }
  function getCssDimensions(element) {
    const css = getComputedStyle$1(element);
    let width = parseFloat(css.width) || 0;
    let height = parseFloat(css.height) || 0;
    const hasOffset = isHTMLElement(element);
    const offsetWidth = hasOffset ? element.offsetWidth : width;
    const offsetHeight = hasOffset ? element.offsetHeight : height;
    const shouldFallback = round(width) !== offsetWidth || round(height) !== offsetHeight;
    if (shouldFallback) {
      width = offsetWidth;
      height = offsetHeight;
    }
    return {
      width,
      height,
      $: shouldFallback,
    };
  }
  function unwrapElement(element) {
    return !isElement(element) ? element.contextElement : element;
  }
  function getScale(element) {
    const domElement = unwrapElement(element);
    if (!isHTMLElement(domElement)) {
      return createCoords(1);
    }
    const rect = domElement.getBoundingClientRect();
    const { width, height, $: $2 } = getCssDimensions(domElement);
    let x2 = ($2 ? round(rect.width) : rect.width) / width;
    let y = ($2 ? round(rect.height) : rect.height) / height;
    if (!x2 || !Number.isFinite(x2)) {
      x2 = 1;
    }
    if (!y || !Number.isFinite(y)) {
      y = 1;
    }
    return {
      x: x2,
      y,
    };
  }
  const noOffsets = /* @__PURE__ */ createCoords(0);
  function getVisualOffsets(element) {
    const win = getWindow(element);
    if (!isWebKit() || !win.visualViewport) {
      return noOffsets;
    }
    return {
      x: win.visualViewport.offsetLeft,
      y: win.visualViewport.offsetTop,
    };
  }
  function shouldAddVisualOffsets(element, isFixed, floatingOffsetParent) {
    if (isFixed === void 0) {
      isFixed = false;
    }
    return !!floatingOffsetParent && isFixed && floatingOffsetParent === getWindow(element);
  }
  function getBoundingClientRect(element, includeScale, isFixedStrategy, offsetParent) {
    if (includeScale === void 0) {
      includeScale = false;
    }
    if (isFixedStrategy === void 0) {
      isFixedStrategy = false;
    }
    const clientRect = element.getBoundingClientRect();
    const domElement = unwrapElement(element);
    let scale = createCoords(1);
    if (includeScale) {
      if (offsetParent) {
        if (isElement(offsetParent)) {
          scale = getScale(offsetParent);
        }
      } else {
        scale = getScale(element);
      }
    }
    const visualOffsets = shouldAddVisualOffsets(domElement, isFixedStrategy, offsetParent)
      ? getVisualOffsets(domElement)
      : createCoords(0);
    let x2 = (clientRect.left + visualOffsets.x) / scale.x;
    let y = (clientRect.top + visualOffsets.y) / scale.y;
    let width = clientRect.width / scale.x;
    let height = clientRect.height / scale.y;
    if (domElement && offsetParent) {
      const win = getWindow(domElement);
      const offsetWin = isElement(offsetParent) ? getWindow(offsetParent) : offsetParent;
      let currentWin = win;
      let currentIFrame = getFrameElement(currentWin);
      while (currentIFrame && offsetWin !== currentWin) {
        const iframeScale = getScale(currentIFrame);
        const iframeRect = currentIFrame.getBoundingClientRect();
        const css = getComputedStyle$1(currentIFrame);
        const left =
          iframeRect.left + (currentIFrame.clientLeft + parseFloat(css.paddingLeft)) * iframeScale.x;
        const top = iframeRect.top + (currentIFrame.clientTop + parseFloat(css.paddingTop)) * iframeScale.y;
        x2 *= iframeScale.x;
        y *= iframeScale.y;
        width *= iframeScale.x;
        height *= iframeScale.y;
        x2 += left;
        y += top;
        currentWin = getWindow(currentIFrame);
        currentIFrame = getFrameElement(currentWin);
      }
    }
    return rectToClientRect({
      width,
      height,
      x: x2,
      y,
    });
  }
  function getWindowScrollBarX(element, rect) {
    const leftScroll = getNodeScroll(element).scrollLeft;
    if (!rect) {
      return getBoundingClientRect(getDocumentElement(element)).left + leftScroll;
    }
    return rect.left + leftScroll;
  }
  function getHTMLOffset(documentElement, scroll) {
    const htmlRect = documentElement.getBoundingClientRect();
    const x2 = htmlRect.left + scroll.scrollLeft - getWindowScrollBarX(documentElement, htmlRect);
    const y = htmlRect.top + scroll.scrollTop;
    return {
      x: x2,
      y,
    };
  }
  function convertOffsetParentRelativeRectToViewportRelativeRect(_ref) {
    let { elements, rect, offsetParent, strategy } = _ref;
    const isFixed = strategy === 'fixed';
    const documentElement = getDocumentElement(offsetParent);
    const topLayer = elements ? isTopLayer(elements.floating) : false;
    if (offsetParent === documentElement || (topLayer && isFixed)) {
      return rect;
    }
    let scroll = {
      scrollLeft: 0,
      scrollTop: 0,
    };
    let scale = createCoords(1);
    const offsets = createCoords(0);
    const isOffsetParentAnElement = isHTMLElement(offsetParent);
    if (isOffsetParentAnElement || !isFixed) {
      if (getNodeName(offsetParent) !== 'body' || isOverflowElement(documentElement)) {
        scroll = getNodeScroll(offsetParent);
      }
      if (isOffsetParentAnElement) {
        const offsetRect = getBoundingClientRect(offsetParent);
        scale = getScale(offsetParent);
        offsets.x = offsetRect.x + offsetParent.clientLeft;
        offsets.y = offsetRect.y + offsetParent.clientTop;
      }
    }
    const htmlOffset =
      documentElement && !isOffsetParentAnElement && !isFixed
        ? getHTMLOffset(documentElement, scroll)
        : createCoords(0);
    return {
      width: rect.width * scale.x,
      height: rect.height * scale.y,
      x: rect.x * scale.x - scroll.scrollLeft * scale.x + offsets.x + htmlOffset.x,
      y: rect.y * scale.y - scroll.scrollTop * scale.y + offsets.y + htmlOffset.y,
    };
  }
  function getClientRects(element) {
    return element.getClientRects ? Array.from(element.getClientRects()) : [];
  }
  function getDocumentRect(html) {
    const scroll = getNodeScroll(html);
    const body = html.ownerDocument.body;
    const width = max(html.scrollWidth, html.clientWidth, body.scrollWidth, body.clientWidth);
    const height = max(html.scrollHeight, html.clientHeight, body.scrollHeight, body.clientHeight);
    let x2 = -scroll.scrollLeft + getWindowScrollBarX(html);
    const y = -scroll.scrollTop;
    if (getComputedStyle$1(body).direction === 'rtl') {
      x2 += max(html.clientWidth, body.clientWidth) - width;
    }
    return {
      width,
      height,
      x: x2,
      y,
    };
  }
  const SCROLLBAR_MAX = 25;
  function getViewportRect(element, strategy, rootBoundary) {
    if (rootBoundary === void 0) {
      rootBoundary = 'viewport';
    }
    const isLayoutViewport = rootBoundary === 'layoutViewport';
    const win = getWindow(element);
    const html = getDocumentElement(element);
    const visualViewport = win.visualViewport;
    let width = html.clientWidth;
    let height = html.clientHeight;
    let x2 = 0;
    let y = 0;
    if (visualViewport) {
      const layoutRelativeClientCoords = !isWebKit() || strategy === 'fixed';
      if (isLayoutViewport) {
        if (!layoutRelativeClientCoords) {
          x2 = -visualViewport.offsetLeft;
          y = -visualViewport.offsetTop;
        }
      } else {
        width = visualViewport.width;
        height = visualViewport.height;
        if (layoutRelativeClientCoords) {
          x2 = visualViewport.offsetLeft;
          y = visualViewport.offsetTop;
        }
      }
    }
    const windowScrollbarX = getWindowScrollBarX(html);
    if (windowScrollbarX <= 0) {
      const doc = html.ownerDocument;
      const body = doc.body;
      const bodyStyles = getComputedStyle(body);
      const bodyMarginInline =
        doc.compatMode === 'CSS1Compat'
          ? parseFloat(bodyStyles.marginLeft) + parseFloat(bodyStyles.marginRight) || 0
          : 0;
      const reservedWidth = Math.abs(html.clientWidth - body.clientWidth - bodyMarginInline);
      const gutter =
        getComputedStyle(html).scrollbarGutter === 'stable both-edges' ? reservedWidth / 2 : reservedWidth;
      if (gutter <= SCROLLBAR_MAX) {
        width -= gutter;
      }
    }
    return {
      width,
      height,
      x: x2,
      y,
    };
  }
  function getInnerBoundingClientRect(element, strategy) {
    const clientRect = getBoundingClientRect(element, true, strategy === 'fixed');
    const top = clientRect.top + element.clientTop;
    const left = clientRect.left + element.clientLeft;
    const scale = getScale(element);
    const width = element.clientWidth * scale.x;
    const height = element.clientHeight * scale.y;
    const x2 = left * scale.x;
    const y = top * scale.y;
    return {
      width,
      height,
      x: x2,
      y,
    };
  }
  function getClientRectFromClippingAncestor(element, clippingAncestor, strategy) {
    let rect;
    if (clippingAncestor === 'viewport' || clippingAncestor === 'layoutViewport') {
      rect = getViewportRect(element, strategy, clippingAncestor);
    } else if (clippingAncestor === 'document') {
      rect = getDocumentRect(getDocumentElement(element));
    } else if (isElement(clippingAncestor)) {
      rect = getInnerBoundingClientRect(clippingAncestor, strategy);
    } else {
      const visualOffsets = getVisualOffsets(element);
      rect = {
        x: clippingAncestor.x - visualOffsets.x,
        y: clippingAncestor.y - visualOffsets.y,
        width: clippingAncestor.width,
        height: clippingAncestor.height,
      };
    }
    return rectToClientRect(rect);
  }
  function getClippingElementAncestors(element, cache) {
    const cachedResult = cache.get(element);
    if (cachedResult) {
      return cachedResult;
    }
    let result2 = getOverflowAncestors(element, []).filter(
      (el) => isElement(el) && getNodeName(el) !== 'body',
    );
    let lastKeptComputedStyle = null;
    const elementIsFixed = getComputedStyle$1(element).position === 'fixed';
    let currentNode = elementIsFixed ? getParentNode(element) : element;
    while (isElement(currentNode) && !isLastTraversableNode(currentNode)) {
      const computedStyle = getComputedStyle$1(currentNode);
      const currentNodeIsContaining = isContainingBlock(currentNode);
      const lastPosition = lastKeptComputedStyle
        ? lastKeptComputedStyle.position
        : elementIsFixed
          ? 'fixed'
          : '';
      const shouldDropCurrentNode =
        !currentNodeIsContaining &&
        (lastPosition === 'fixed' || (lastPosition === 'absolute' && computedStyle.position === 'static'));
      if (shouldDropCurrentNode) {
        result2 = result2.filter((ancestor) => ancestor !== currentNode);
      } else {
        lastKeptComputedStyle = computedStyle;
      }
      currentNode = getParentNode(currentNode);
    }
    cache.set(element, result2);
    return result2;
  }
  function getClippingRect(_ref) {
    let { element, boundary, rootBoundary, strategy } = _ref;
    const elementClippingAncestors =
      boundary === 'clippingAncestors'
        ? isTopLayer(element)
          ? []
          : getClippingElementAncestors(element, this._c)
        : [].concat(boundary);
    const clippingAncestors = [...elementClippingAncestors, rootBoundary];
    const firstRect = getClientRectFromClippingAncestor(element, clippingAncestors[0], strategy);
    let top = firstRect.top;
    let right = firstRect.right;
    let bottom = firstRect.bottom;
    let left = firstRect.left;
    for (let i2 = 1; i2 < clippingAncestors.length; i2++) {
      const rect = getClientRectFromClippingAncestor(element, clippingAncestors[i2], strategy);
      top = max(rect.top, top);
      right = min(rect.right, right);
      bottom = min(rect.bottom, bottom);
      left = max(rect.left, left);
    }
    return {
      width: right - left,
      height: bottom - top,
      x: left,
      y: top,
    };
  }
  function getDimensions(element) {
    const { width, height } = getCssDimensions(element);
    return {
      width,
      height,
    };
  }
  function getRectRelativeToOffsetParent(element, offsetParent, strategy) {
    const isOffsetParentAnElement = isHTMLElement(offsetParent);
    const documentElement = getDocumentElement(offsetParent);
    const isFixed = strategy === 'fixed';
    const rect = getBoundingClientRect(element, true, isFixed, offsetParent);
    let scroll = {
      scrollLeft: 0,
      scrollTop: 0,
    };
    const offsets = createCoords(0);
    if (isOffsetParentAnElement || !isFixed) {
      if (getNodeName(offsetParent) !== 'body' || isOverflowElement(documentElement)) {
        scroll = getNodeScroll(offsetParent);
      }
      if (isOffsetParentAnElement) {
        const offsetRect = getBoundingClientRect(offsetParent, true, isFixed, offsetParent);
        offsets.x = offsetRect.x + offsetParent.clientLeft;
        offsets.y = offsetRect.y + offsetParent.clientTop;
      }
    }
    if (!isOffsetParentAnElement && documentElement) {
      offsets.x = getWindowScrollBarX(documentElement);
    }
    const htmlOffset =
      documentElement && !isOffsetParentAnElement && !isFixed
        ? getHTMLOffset(documentElement, scroll)
        : createCoords(0);
    const x2 = rect.left + scroll.scrollLeft - offsets.x - htmlOffset.x;
    const y = rect.top + scroll.scrollTop - offsets.y - htmlOffset.y;
    return {
      x: x2,
      y,
      width: rect.width,
      height: rect.height,
    };
  }
  function isStaticPositioned(element) {
    return getComputedStyle$1(element).position === 'static';
  }
  function getTrueOffsetParent(element, polyfill) {
    if (!isHTMLElement(element) || getComputedStyle$1(element).position === 'fixed') {
      return null;
    }
    if (polyfill) {
      return polyfill(element);
    }
    let rawOffsetParent = element.offsetParent;
    if (getDocumentElement(element) === rawOffsetParent) {
      rawOffsetParent = rawOffsetParent.ownerDocument.body;
    }
    return rawOffsetParent;
  }
  function getOffsetParent(element, polyfill) {
    const win = getWindow(element);
    if (isTopLayer(element)) {
      return win;
    }
    if (!isHTMLElement(element)) {
      let svgOffsetParent = getParentNode(element);
      while (svgOffsetParent && !isLastTraversableNode(svgOffsetParent)) {
        if (isElement(svgOffsetParent) && !isStaticPositioned(svgOffsetParent)) {
          return svgOffsetParent;
        }
        svgOffsetParent = getParentNode(svgOffsetParent);
      }
      return win;
    }
    let offsetParent = getTrueOffsetParent(element, polyfill);
    while (offsetParent && isTableElement(offsetParent) && isStaticPositioned(offsetParent)) {
      offsetParent = getTrueOffsetParent(offsetParent, polyfill);
    }
    if (
      offsetParent &&
      isLastTraversableNode(offsetParent) &&
      isStaticPositioned(offsetParent) &&
      !isContainingBlock(offsetParent)
    ) {
      return win;
    }
    return offsetParent || getContainingBlock(element) || win;
  }
  const getElementRects = async function (data) {
    const getOffsetParentFn = this.getOffsetParent || getOffsetParent;
    const getDimensionsFn = this.getDimensions;
    const floatingDimensions = await getDimensionsFn(data.floating);
    return {
      reference: getRectRelativeToOffsetParent(
        data.reference,
        await getOffsetParentFn(data.floating),
        data.strategy,
      ),
      floating: {
        x: 0,
        y: 0,
        width: floatingDimensions.width,
        height: floatingDimensions.height,
      },
    };
  };
  function isRTL(element) {
    return getComputedStyle$1(element).direction === 'rtl';
  }
  const platform = {
    convertOffsetParentRelativeRectToViewportRelativeRect,
    getDocumentElement,
    getClippingRect,
    getOffsetParent,
    getElementRects,
    getClientRects,
    getDimensions,
    getScale,
    isElement,
    isRTL,
  };
  const offset = offset$1;
  const shift = shift$1;
  const flip = flip$1;
  const computePosition = (reference, floating, options) => {
    const cache = /* @__PURE__ */ new Map();
    const mergedOptions = options != null ? options : {};
    const platformWithCache = {
      ...platform,
      ...mergedOptions.platform,
      _c: cache,
    };
    return computePosition$1(reference, floating, {
      ...mergedOptions,
      platform: platformWithCache,
    });
  };
  const CARD_CSS = `
:host { all: initial; }
.frame { position: fixed; top: 0; left: 0; z-index: 2147483647; width: 300px; }
.card {
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #d0d0d7; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: start;
}
header { display: flex; justify-content: space-between; align-items: center; }
.brand { font-size: 11px; letter-spacing: .04em; text-transform: uppercase; color: #8a5a00; font-weight: 600; }
.close { all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 0 4px; color: #555; }
.company { font-size: 16px; margin: 4px 0 6px; font-weight: 650; }
.facts { list-style: none; margin: 0 0 8px; padding: 0; }
.facts li { margin: 2px 0; }
.muted { color: #666; }
.error { color: #b00020; }
.details { all: unset; cursor: pointer; color: #0b57d0; font-weight: 600; }
.details:focus-visible, .close:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
[data-theme="dark"] .card { color: #eee; background: #1f1f23; border-color: #3a3a40; }
[data-theme="dark"] .brand { color: #f0b550; }
[data-theme="dark"] .muted, [data-theme="dark"] .when { color: #aaa; }
[data-theme="dark"] .close { color: #ccc; }
[data-theme="dark"] .details, [data-theme="dark"] .sources a { color: #8ab4f8; }
.notable { list-style: none; margin: 0 0 8px; padding: 8px 0 0; border-top: 1px solid rgba(128,128,128,.3); }
.notable li { margin: 0 0 6px; }
.when { color: #666; font-variant-numeric: tabular-nums; margin-inline-end: 4px; }
.sources a { color: #0b57d0; font-size: 12px; margin-inline-end: 6px; }
`;
  const NAMED_SUBSTITUTION_RE = /\{([A-Za-z0-9_]+)\}/g;
  function applyNamedSubstitutions(message, substitutions) {
    return message.replace(NAMED_SUBSTITUTION_RE, (match, key) => {
      return Object.prototype.hasOwnProperty.call(substitutions, key) ? String(substitutions[key]) : match;
    });
  }
  const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
  function createI18n() {
    const t = (key, ...args) => {
      let sub;
      let namedSub;
      let count;
      args.forEach((arg, i2) => {
        if (arg == null);
        else if (typeof arg === 'number') count = arg;
        else if (Array.isArray(arg)) sub = arg;
        else if (isNamedSubstitutions(arg)) namedSub = arg;
        else
          throw Error(
            `Unknown argument at index ${i2}. Must be a number for pluralization, substitution array, or named substitution object.`,
          );
      });
      if (count != null && sub == null) sub = [String(count)];
      let message;
      if (sub?.length) {
        const stringSubs = sub?.map((sub2) => String(sub2));
        message = browser.i18n.getMessage(key.replaceAll('.', '_'), stringSubs);
      } else message = browser.i18n.getMessage(key.replaceAll('.', '_'));
      if (!message) console.warn(`[i18n] Message not found: "${key}"`);
      if (count != null) {
        const plural = message.split(' | ');
        switch (plural.length) {
          case 1:
            message = plural[0];
            break;
          case 2:
            message = plural[count === 1 ? 0 : 1];
            break;
          case 3:
            message = plural[count === 0 || count === 1 ? count : 2];
            break;
          default:
            throw Error('Unknown plural formatting');
        }
      }
      return namedSub == null ? message : applyNamedSubstitutions(message, namedSub);
    };
    return { t };
  }
  function isNamedSubstitutions(value) {
    return typeof value === 'object' && value != null;
  }
  const i18n = createI18n();
  let compact;
  let exact;
  function formatUSD(amount) {
    if (Math.abs(amount) < 1e4) {
      exact ??= new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      });
      return exact.format(amount);
    }
    compact ??= new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    return compact.format(amount);
  }
  function sourceLabel(url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return url;
    }
  }
  function SourceLinks({ urls }) {
    return /* @__PURE__ */ u('span', {
      class: 'sources',
      children: urls.map((url, i2) =>
        /* @__PURE__ */ u(
          'a',
          {
            href: url,
            target: '_blank',
            rel: 'noopener noreferrer',
            title: url,
            children: [i2 === 0 ? `${i18n.t('source')}: ` : '', sourceLabel(url)],
          },
          url,
        ),
      ),
    });
  }
  function HoverCard({ state, onDetails, onClose }) {
    const name = state.status === 'ready' ? state.summary.name : state.name;
    return /* @__PURE__ */ u('div', {
      class: 'card',
      role: 'dialog',
      'aria-label': `Backstory: ${name}`,
      children: [
        /* @__PURE__ */ u('header', {
          children: [
            /* @__PURE__ */ u('span', { class: 'brand', children: 'Backstory' }),
            /* @__PURE__ */ u('button', {
              class: 'close',
              type: 'button',
              'aria-label': i18n.t('close'),
              onClick: onClose,
              children: '×',
            }),
          ],
        }),
        /* @__PURE__ */ u('h2', { class: 'company', children: name }),
        state.status === 'loading' && /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('loading') }),
        state.status === 'failed' &&
          /* @__PURE__ */ u('p', { class: 'error', children: i18n.t('couldNotLoad', [state.error]) }),
        state.status === 'ready' && /* @__PURE__ */ u(SummaryBody, { summary: state.summary, onDetails }),
      ],
    });
  }
  function notablePrefix(item) {
    if (item.kind === 'dod') return `${i18n.t('pentagon')}: `;
    if (item.kind === 'action') return `${i18n.t('workerActionLabel')}: `;
    return '';
  }
  function SummaryBody({ summary, onDetails }) {
    const agencies = Object.entries(summary.obligatedByAgency)
      .map(([agency, sum]) => [agency, sum ?? 0])
      .sort((a2, b2) => b2[1] - a2[1]);
    return /* @__PURE__ */ u(S, {
      children: [
        /* @__PURE__ */ u('ul', {
          class: 'facts',
          children: [
            /* @__PURE__ */ u('li', {
              'data-fact': 'contracts',
              children: [
                /* @__PURE__ */ u('strong', { children: i18n.t('contracts', summary.awardCount) }),
                ' ',
                i18n.t('withIceCbp'),
                agencies.length > 0 &&
                  /* @__PURE__ */ u('span', {
                    class: 'muted',
                    children: [
                      ' ',
                      '(',
                      agencies.map(([agency, sum]) => `${agency} ${formatUSD(sum)}`).join(', '),
                      ')',
                    ],
                  }),
              ],
            }),
            summary.dodObligatedUSD !== null &&
              /* @__PURE__ */ u('li', {
                'data-fact': 'pentagon',
                children: [
                  /* @__PURE__ */ u('strong', { children: formatUSD(summary.dodObligatedUSD) }),
                  ' ',
                  i18n.t('fromPentagon'),
                ],
              }),
            summary.reportedContractCount > 0 &&
              /* @__PURE__ */ u('li', {
                'data-fact': 'reported',
                children: i18n.t('reportedContractsCount', summary.reportedContractCount),
              }),
            /* @__PURE__ */ u('li', {
              'data-fact': 'actions',
              children: /* @__PURE__ */ u('strong', {
                children: i18n.t('workerActions', summary.actionCount),
              }),
            }),
            summary.reportCount > 0 &&
              /* @__PURE__ */ u('li', {
                'data-fact': 'reports',
                children: i18n.t('yourReportsCount', summary.reportCount),
              }),
          ],
        }),
        summary.notable.length > 0 &&
          /* @__PURE__ */ u('ul', {
            class: 'notable',
            'aria-label': i18n.t('notable'),
            children: summary.notable.map((item) =>
              /* @__PURE__ */ u(
                'li',
                {
                  'data-notable': item.kind,
                  children: [
                    /* @__PURE__ */ u('span', { class: 'when', children: item.when }),
                    ' ',
                    notablePrefix(item),
                    item.text,
                    item.workers ? ` (${i18n.t('workers', item.workers)})` : '',
                    item.amountUSD !== null &&
                      /* @__PURE__ */ u('strong', { children: [' ', formatUSD(item.amountUSD)] }),
                    ' ',
                    /* @__PURE__ */ u(SourceLinks, { urls: item.sources }),
                  ],
                },
                `${item.kind}:${item.text}`,
              ),
            ),
          }),
        /* @__PURE__ */ u('button', {
          class: 'details',
          type: 'button',
          onClick: () => onDetails(summary.id),
          children: [i18n.t('detailsAndSources'), ' →'],
        }),
      ],
    });
  }
  function luminance(color) {
    const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      color.trim(),
    );
    if (!match) return void 0;
    const alphaText = match[4];
    const alpha =
      alphaText === void 0
        ? 1
        : alphaText.endsWith('%')
          ? Number.parseFloat(alphaText) / 100
          : Number(alphaText);
    if (alpha < 0.5) return void 0;
    const [r2, g2, b2] = [match[1], match[2], match[3]].map((c2) => {
      const v2 = Number(c2) / 255;
      return v2 <= 0.03928 ? v2 / 12.92 : ((v2 + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r2 + 0.7152 * g2 + 0.0722 * b2;
  }
  function cardTheme(page, systemDark) {
    for (const background of page.backgrounds) {
      const light = luminance(background);
      if (light !== void 0) return light < 0.35 ? 'dark' : 'light';
    }
    const schemes = page.colorScheme.split(/\s+/);
    if (schemes.includes('dark') && !schemes.includes('light')) return 'dark';
    if (schemes.includes('light') && !schemes.includes('dark')) return 'light';
    return systemDark ? 'dark' : 'light';
  }
  const GAP = 6;
  const MARGIN = 8;
  class CardHost {
    constructor(doc, handlers) {
      this.doc = doc;
      this.handlers = handlers;
    }
    doc;
    handlers;
    host;
    frame;
    placing = 0;
    ensureFrame() {
      if (this.frame) return this.frame;
      const host = this.doc.createElement('backstory-root');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = CARD_CSS;
      const frame = this.doc.createElement('div');
      frame.className = 'frame';
      frame.hidden = true;
      frame.addEventListener('pointerenter', () => this.handlers.onPointerInside(true));
      frame.addEventListener('pointerleave', () => this.handlers.onPointerInside(false));
      shadow.append(style, frame);
      this.doc.documentElement.append(host);
      this.host = host;
      this.frame = frame;
      return frame;
    }
    /** Renders the card next to the name; `focus` moves keyboard focus into it (the shortcut). */
    show(state, anchor, focus = false) {
      const frame = this.ensureFrame();
      const view = this.doc.defaultView ?? window;
      const style = anchor.element ? view.getComputedStyle(anchor.element) : void 0;
      frame.dir = style?.direction === 'rtl' ? 'rtl' : 'ltr';
      frame.dataset.theme = cardTheme(
        { backgrounds: this.backgroundsFrom(anchor.element), colorScheme: style?.colorScheme ?? 'normal' },
        view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
      );
      R(
        /* @__PURE__ */ u(HoverCard, {
          state,
          onDetails: this.handlers.onDetails,
          onClose: this.handlers.onClose,
        }),
        frame,
      );
      frame.hidden = false;
      const reference = { getBoundingClientRect: () => anchor.rect };
      const placing = ++this.placing;
      void computePosition(reference, frame, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(GAP), flip({ padding: MARGIN }), shift({ padding: MARGIN })],
      }).then(({ x: x2, y }) => {
        if (placing !== this.placing) return;
        frame.style.left = `${x2}px`;
        frame.style.top = `${y}px`;
        if (focus) frame.querySelector('.details, .close')?.focus();
      });
    }
    /** Background colours from the name's element out to the root: the first opaque one is behind the text. */
    backgroundsFrom(element) {
      const view = this.doc.defaultView ?? window;
      const colors = [];
      for (let e2 = element; e2 && colors.length < 12; e2 = e2.parentElement)
        colors.push(view.getComputedStyle(e2).backgroundColor);
      return colors;
    }
    hide() {
      this.placing++;
      if (this.frame) {
        this.frame.hidden = true;
        R(null, this.frame);
      }
    }
    get visible() {
      return Boolean(this.frame && !this.frame.hidden);
    }
    remove() {
      this.hide();
      this.host?.remove();
      this.host = void 0;
      this.frame = void 0;
    }
  }
  function caretAt(doc, x2, y) {
    const d2 = doc;
    if (d2.caretPositionFromPoint) {
      const position = d2.caretPositionFromPoint(x2, y);
      return position ? { node: position.offsetNode, offset: position.offset } : void 0;
    }
    const range = d2.caretRangeFromPoint?.(x2, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : void 0;
  }
  function rangeContainsPoint(range, x2, y) {
    for (const rect of range.getClientRects()) {
      if (x2 >= rect.left && x2 <= rect.right && y >= rect.top && y <= rect.bottom) return true;
    }
    return false;
  }
  class HoverController {
    constructor(doc, index, view, timing) {
      this.doc = doc;
      this.index = index;
      this.view = view;
      this.timing = timing;
    }
    doc;
    index;
    view;
    timing;
    current;
    shown = false;
    insideCard = false;
    dwellTimer;
    hideTimer;
    frameRequested = false;
    x = 0;
    y = 0;
    /** The dwell and hide delays, changed from the options while the page is open. */
    setTiming(timing) {
      this.timing = timing;
    }
    listen(signal) {
      const options = { passive: true, capture: true, signal };
      this.doc.addEventListener('pointermove', (event) => this.onMove(event), options);
      this.doc.addEventListener('keydown', (event) => event.key === 'Escape' && this.close(), options);
      this.doc.addEventListener('scroll', () => this.shown && !this.insideCard && this.close(), options);
      signal.addEventListener('abort', () => this.close());
    }
    /** The card reports the pointer entering or leaving it. */
    setInsideCard(inside) {
      this.insideCard = inside;
      if (inside) this.cancelHide();
      else this.scheduleHide();
    }
    /** Opens the card at once for `mention` (the keyboard shortcut), with focus in the card. */
    openFor(mention) {
      clearTimeout(this.dwellTimer);
      this.cancelHide();
      const range = this.doc.createRange();
      range.setStart(mention.node, mention.start);
      range.setEnd(mention.node, mention.end);
      this.current = mention;
      this.shown = true;
      this.view.show(mention, range.getBoundingClientRect(), true);
    }
    close() {
      clearTimeout(this.dwellTimer);
      this.cancelHide();
      this.current = void 0;
      this.insideCard = false;
      if (this.shown) this.view.hide();
      this.shown = false;
    }
    onMove(event) {
      this.x = event.clientX;
      this.y = event.clientY;
      if (this.frameRequested) return;
      this.frameRequested = true;
      requestAnimationFrame(() => {
        this.frameRequested = false;
        this.check();
      });
    }
    mentionAtPointer() {
      const hit = caretAt(this.doc, this.x, this.y);
      if (!hit) return void 0;
      const mention = this.index.at(hit.node, hit.offset);
      if (!mention || !mention.node.isConnected) return void 0;
      const range = this.doc.createRange();
      range.setStart(mention.node, mention.start);
      range.setEnd(mention.node, mention.end);
      return rangeContainsPoint(range, this.x, this.y) ? { mention, range } : void 0;
    }
    check() {
      if (this.insideCard) return;
      const found = this.mentionAtPointer();
      if (found && found.mention === this.current) {
        this.cancelHide();
        return;
      }
      clearTimeout(this.dwellTimer);
      if (!found) {
        if (!this.shown) this.current = void 0;
        else this.scheduleHide();
        return;
      }
      this.current = found.mention;
      const { mention, range } = found;
      this.dwellTimer = setTimeout(() => {
        this.cancelHide();
        this.shown = true;
        this.view.show(mention, range.getBoundingClientRect(), false);
      }, this.timing.dwellMs);
    }
    scheduleHide() {
      this.cancelHide();
      this.hideTimer = setTimeout(() => this.close(), this.timing.hideMs);
    }
    cancelHide() {
      clearTimeout(this.hideTimer);
      this.hideTimer = void 0;
    }
  }
  class MentionIndex {
    byNode = /* @__PURE__ */ new Map();
    replace(mentions) {
      const byNode = /* @__PURE__ */ new Map();
      for (const mention of mentions) {
        const list = byNode.get(mention.node);
        if (list) list.push(mention);
        else byNode.set(mention.node, [mention]);
      }
      this.byNode = byNode;
    }
    /** The mention covering `offset` in `node` (a caret just after the last letter counts). */
    at(node, offset2) {
      const list = this.byNode.get(node);
      return list?.find((m2) => offset2 >= m2.start && offset2 <= m2.end);
    }
  }
  function countByCompany(mentions) {
    const counts = /* @__PURE__ */ new Map();
    for (const m2 of mentions) counts.set(m2.companyId, (counts.get(m2.companyId) ?? 0) + 1);
    return counts;
  }
  const WORD_CHAR = /[\p{L}\p{N}\p{M}_\u00ad]/u;
  function isWordChar(code) {
    if (code < 128) {
      return (
        (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
      );
    }
    return (code >= 55296 && code <= 57343) || WORD_CHAR.test(String.fromCharCode(code));
  }
  const COMPANY_FOLLOWERS = /* @__PURE__ */ new Set([
    'Inc',
    'Corp',
    'Corporation',
    'Co',
    'Company',
    'LLC',
    'Ltd',
    'Technologies',
    'Group',
    'Holdings',
    'employees',
    'workers',
    'staff',
    'executives',
    'CEO',
    'shares',
    'stock',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'cloud',
    'warehouse',
    'warehouses',
    'contract',
    'contracts',
  ]);
  const COMPANY_PRECEDERS = /* @__PURE__ */ new Set(['at', 'joined', 'rival']);
  const OTHER_FOLLOWERS = /* @__PURE__ */ new Set([
    'River',
    'river',
    'rainforest',
    'Rainforest',
    'basin',
    'Basin',
    'jungle',
    'forest',
    'Forest',
    'region',
    'warrior',
    'warriors',
    'parrot',
    'parrots',
    'tribe',
    'tribes',
    'pie',
    'tree',
    'trees',
    'practice',
    'audience',
    'market',
    'bell',
    'Maven',
  ]);
  const OTHER_PRECEDERS = /* @__PURE__ */ new Set(['the', 'The', 'Apache']);
  function wordAfter(text, end) {
    let i2 = end;
    if (text.charCodeAt(i2) === 8217 || text.charCodeAt(i2) === 39) return "'s";
    while (i2 < text.length && (text[i2] === ' ' || text[i2] === '\n' || text[i2] === ' ')) i2++;
    const start = i2;
    while (i2 < text.length && isWordChar(text.charCodeAt(i2))) i2++;
    return text.slice(start, i2);
  }
  function wordBefore(text, start) {
    let i2 = start - 1;
    while (i2 >= 0 && (text[i2] === ' ' || text[i2] === '\n' || text[i2] === ' ')) i2--;
    const end = i2 + 1;
    while (i2 >= 0 && isWordChar(text.charCodeAt(i2))) i2--;
    return text.slice(i2 + 1, end);
  }
  function onOwnSite(host, domains) {
    return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  }
  const ARTICLES = /* @__PURE__ */ new Set([
    'the',
    'a',
    'an',
    'this',
    'that',
    'your',
    'our',
    'my',
    'his',
    'her',
    'their',
  ]);
  function keepEvidencedMatches(texts, page) {
    const onPage = /* @__PURE__ */ new Set();
    const inNode = /* @__PURE__ */ new Map();
    for (const item of texts) {
      const named = /* @__PURE__ */ new Set();
      for (const match of item.matches) if (!match.alias.ambiguous) named.add(match.alias.companyId);
      inNode.set(item, named);
      for (const id of named) onPage.add(id);
    }
    const verdict = (item, match) => {
      const { alias } = match;
      if (!alias.ambiguous) return 'yes';
      const after = wordAfter(item.text, match.end);
      const before = wordBefore(item.text, match.start);
      if (OTHER_FOLLOWERS.has(after) || ARTICLES.has(after)) return 'no';
      if (COMPANY_FOLLOWERS.has(after) || (after === "'s" && alias.mainName)) return 'yes';
      if (OTHER_PRECEDERS.has(before)) return 'no';
      if (COMPANY_PRECEDERS.has(before) || onOwnSite(page.host, page.domainsOf(alias.companyId)))
        return 'yes';
      if (inNode.get(item).has(alias.companyId)) return 'yes';
      return alias.mainName ? 'page' : 'no';
    };
    const verdicts = texts.map((item) => item.matches.map((match) => verdict(item, match)));
    texts.forEach((item, i2) =>
      item.matches.forEach((match, j2) => {
        if (verdicts[i2][j2] === 'yes') onPage.add(match.alias.companyId);
      }),
    );
    const kept = /* @__PURE__ */ new Map();
    texts.forEach((item, i2) => {
      const accepted = item.matches.filter((match, j2) => {
        const v2 = verdicts[i2][j2];
        return v2 === 'yes' || (v2 === 'page' && onPage.has(match.alias.companyId));
      });
      if (accepted.length > 0) kept.set(item, accepted);
    });
    return kept;
  }
  const SKIPPED_TAGS = /* @__PURE__ */ new Set([
    'SCRIPT',
    'STYLE',
    'NOSCRIPT',
    'TEXTAREA',
    'INPUT',
    'SELECT',
    'OPTION',
    'CODE',
    'PRE',
    'TEMPLATE',
    'SVG',
    'MATH',
    'IFRAME',
    'OBJECT',
    'HEAD',
    'TITLE',
    'KBD',
    'SAMP',
  ]);
  const OWN_HOST_TAG = 'BACKSTORY-ROOT';
  const SHOW_ELEMENT_AND_TEXT = 1 | 4;
  const ELEMENT_NODE = 1;
  const TEXT_NODE = 3;
  function skipsSubtree(element) {
    const name = element.tagName;
    const tag = name.charCodeAt(0) >= 97 ? name.toUpperCase() : name;
    if (SKIPPED_TAGS.has(tag) || tag === OWN_HOST_TAG) return true;
    if (!element.hasAttributes()) return false;
    const editable = element.getAttribute('contenteditable');
    return (
      (editable !== null && editable !== 'false') ||
      element.getAttribute('aria-hidden') === 'true' ||
      element.hasAttribute('hidden')
    );
  }
  class SkipRules {
    cache = /* @__PURE__ */ new WeakMap();
    /** True when `element` or an ancestor is skipped (for a rescan that starts mid-page). */
    skips(element) {
      if (!element) return false;
      const cached = this.cache.get(element);
      if (cached !== void 0) return cached;
      const parent = element.parentElement ?? element.parentNode?.host ?? null;
      const result2 = skipsSubtree(element) || this.skips(parent);
      this.cache.set(element, result2);
      return result2;
    }
  }
  async function walkText(root, visit, options = {}) {
    const rules = options.rules ?? new SkipRules();
    const start = root.nodeType === ELEMENT_NODE ? root : root.parentElement;
    if (start && root.nodeType !== 11 && rules.skips(start)) return;
    if (root.nodeType === TEXT_NODE) {
      visit(root);
      return;
    }
    const doc = root.ownerDocument ?? root;
    const shadowRoots = [];
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === TEXT_NODE) {
        visit(node);
      } else if (node.nodeType === ELEMENT_NODE) {
        const element = node;
        if (skipsSubtree(element)) {
          node = nextOutside(walker);
          continue;
        }
        if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      }
      const waiting = options.pause?.();
      if (waiting) await waiting;
      node = walker.nextNode();
    }
    for (const shadow of shadowRoots) {
      options.onShadowRoot?.(shadow);
      await walkText(shadow, visit, { ...options, rules });
    }
  }
  function nextOutside(walker) {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }
  class PageMatches {
    constructor(matcher) {
      this.matcher = matcher;
    }
    matcher;
    byNode = /* @__PURE__ */ new Map();
    rules = new SkipRules();
    /** Matches one text node again (new, or its text changed). */
    matchNode(node) {
      const matches = this.matcher.findAll(node.data);
      if (matches.length > 0) this.byNode.set(node, { node, text: node.data, matches });
      else this.byNode.delete(node);
    }
    async scan(root, options = {}) {
      await walkText(root, (node) => this.matchNode(node), { ...options, rules: this.rules });
    }
    get size() {
      return this.byNode.size;
    }
    /** Forgets nodes that left the document or whose text changed since they were matched. */
    prune() {
      for (const [node, entry] of this.byNode) {
        if (!node.isConnected || node.data !== entry.text) this.byNode.delete(node);
      }
    }
    resolve(page) {
      const kept = keepEvidencedMatches([...this.byNode.values()], page);
      const mentions = [];
      for (const [entry, matches] of kept) {
        for (const match of matches) {
          mentions.push({
            node: entry.node,
            start: match.start,
            end: match.end,
            companyId: match.alias.companyId,
            text: entry.text.slice(match.start, match.end),
          });
        }
      }
      return mentions;
    }
  }
  const HIGHLIGHT_NAMES = {
    underline: 'backstory-underline',
    background: 'backstory-background',
  };
  function canHighlight() {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }
  function paintHighlights(mentions, style) {
    if (!canHighlight()) return;
    clearHighlights();
    if (style === 'none') return;
    const ranges = [];
    for (const m2 of mentions) {
      const range = new Range();
      range.setStart(m2.node, m2.start);
      range.setEnd(m2.node, m2.end);
      ranges.push(range);
    }
    CSS.highlights.set(HIGHLIGHT_NAMES[style], new Highlight(...ranges));
  }
  function clearHighlights() {
    if (!canHighlight()) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }
  const CHECK_EVERY = 32;
  function yieldToPage() {
    const scheduler = globalThis.scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  class StoppedError extends Error {
    constructor() {
      super('Backstory stopped: the extension was reloaded or removed');
    }
  }
  class Slicer {
    constructor(budgetMs, stopped, beforeYield = () => {}, taskStart = performance.now()) {
      this.budgetMs = budgetMs;
      this.stopped = stopped;
      this.beforeYield = beforeYield;
      this.taskStart = taskStart;
    }
    budgetMs;
    stopped;
    beforeYield;
    taskStart;
    longest = 0;
    count = 0;
    /** A task of Backstory's began: a timer or an event fired. */
    beginTask() {
      this.taskStart = performance.now();
    }
    /** The current task returns to the event loop. */
    endTask() {
      this.longest = Math.max(this.longest, performance.now() - this.taskStart);
    }
    /** Await between units of work; it yields to the page when the slice is spent. */
    pause = () => {
      if (++this.count % CHECK_EVERY !== 0) return void 0;
      if (performance.now() - this.taskStart < this.budgetMs) return void 0;
      this.beforeYield();
      this.endTask();
      return yieldToPage().then(() => {
        if (this.stopped()) throw new StoppedError();
        this.beginTask();
      });
    };
    get longestTaskMs() {
      return this.longest;
    }
  }
  const FLUSH_DELAY_MS = 250;
  const SLICE_BUDGET_MS = 8;
  const PUBLISH_EVERY_MS = 100;
  const OBSERVE = { childList: true, characterData: true, subtree: true };
  class PageSession {
    /** `startedAt`: when the content script's first task began. */
    constructor(
      doc,
      dictionary,
      stopped,
      startedAt = performance.now(),
      index = new MentionIndex(),
      onCompanyCount = () => {},
    ) {
      this.doc = doc;
      this.dictionary = dictionary;
      this.onCompanyCount = onCompanyCount;
      this.index = index;
      this.slicer = new Slicer(SLICE_BUDGET_MS, stopped, () => this.publishIfDue(), startedAt);
      this.matches = new PageMatches(dictionary.matcher);
      this.observer = new MutationObserver((records) => this.enqueue(records));
    }
    doc;
    dictionary;
    onCompanyCount;
    index;
    matches;
    mentions = [];
    queue = [];
    flushTimer;
    observer;
    slicer;
    running = Promise.resolve();
    lastPublish = 0;
    errors = [];
    scanMs = 0;
    companyCount = -1;
    look = {
      categoryMask: -1,
      highlightStyle: 'underline',
    };
    started = false;
    /** Which companies to mark (by category) and how; repaints at once when already scanning. */
    configure(look) {
      this.look = look;
      if (this.started) this.publish();
    }
    start() {
      this.started = true;
      const root = this.doc.body ?? this.doc.documentElement;
      const started = performance.now();
      this.running = this.guard(async () => {
        this.observer.observe(root, OBSERVE);
        await this.scan(root);
        this.publish();
        this.scanMs = performance.now() - started;
      });
      return this.running;
    }
    stop() {
      this.started = false;
      this.index.replace([]);
      this.observer.disconnect();
      clearTimeout(this.flushTimer);
      this.queue = [];
      clearHighlights();
    }
    /** The companies marked on the page, most mentioned first. */
    companiesNamed() {
      const counts = countByCompany(this.mentions);
      return [...counts]
        .map(([companyId2, count]) => ({ companyId: companyId2, count }))
        .sort((a2, b2) => b2.count - a2.count || (a2.companyId < b2.companyId ? -1 : 1));
    }
    stats() {
      return {
        longestTaskMs: Math.round(this.slicer.longestTaskMs * 100) / 100,
        scanMs: Math.round(this.scanMs * 100) / 100,
        textNodesWithMatches: this.matches.size,
        mentions: this.mentions.length,
        errors: [...this.errors],
      };
    }
    /** Resolves once the scan and any queued rescans are done (for tests and the popup). */
    settled() {
      return this.running;
    }
    scan(root) {
      return this.matches.scan(root, {
        pause: this.slicer.pause,
        onShadowRoot: (shadow) => this.observer.observe(shadow, OBSERVE),
      });
    }
    enqueue(records) {
      for (const record of records) this.queue.push(record);
      this.flushTimer ??= setTimeout(() => {
        this.flushTimer = void 0;
        this.slicer.beginTask();
        this.running = this.running.then(() => this.guard(() => this.flush()));
      }, FLUSH_DELAY_MS);
    }
    async flush() {
      const records = this.queue;
      this.queue = [];
      const seen = /* @__PURE__ */ new Set();
      for (const record of records) {
        const targets = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
        for (const node of targets) {
          if (seen.has(node) || !node.isConnected) continue;
          seen.add(node);
          await this.scan(node);
        }
      }
      this.matches.prune();
      this.publish();
    }
    publishIfDue() {
      if (performance.now() - this.lastPublish >= PUBLISH_EVERY_MS) this.publish();
    }
    publish() {
      this.lastPublish = performance.now();
      const { categoryMask, highlightStyle } = this.look;
      this.mentions = this.matches
        .resolve(this.dictionary.pageContext(this.doc.location?.hostname ?? ''))
        .filter((m2) => (this.dictionary.categoriesOf(m2.companyId) & categoryMask) !== 0);
      this.index.replace(this.mentions);
      paintHighlights(this.mentions, highlightStyle);
      const companies = countByCompany(this.mentions).size;
      if (companies !== this.companyCount) {
        this.companyCount = companies;
        this.onCompanyCount(companies);
      }
    }
    /** Runs one piece of work; a failure is kept for the stats and never reaches the page. */
    async guard(work) {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof StoppedError)) {
          this.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        }
      } finally {
        this.slicer.endTask();
      }
    }
  }
  const CATEGORIES = ['immigration', 'military', 'police-surveillance', 'labour'];
  function categoryBit(category) {
    return 1 << CATEGORIES.indexOf(category);
  }
  const HIGHLIGHT_STYLES = ['underline', 'background', 'none'];
  const HOVER_DELAY_MIN_MS = 100;
  const HOVER_DELAY_MAX_MS = 3e3;
  const DEFAULT_TRACKER_URL = 'https://github.com/collective-action/tech/issues/new';
  const DEFAULT_SETTINGS = {
    enabled: true,
    categories: { immigration: true, military: true, 'police-surveillance': true, labour: true },
    hoverDelayMs: 500,
    highlightStyle: 'underline',
    trackerUrl: DEFAULT_TRACKER_URL,
  };
  const SETTINGS_KEY = 'settings';
  const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  function parseSettings(raw) {
    const input = isRecord(raw) ? raw : {};
    const categories = { ...DEFAULT_SETTINGS.categories };
    if (isRecord(input.categories)) {
      for (const category of CATEGORIES) {
        const value = input.categories[category];
        if (typeof value === 'boolean') categories[category] = value;
      }
    }
    const delay = input.hoverDelayMs;
    return {
      enabled: typeof input.enabled === 'boolean' ? input.enabled : DEFAULT_SETTINGS.enabled,
      disabledSites: Array.isArray(input.disabledSites)
        ? [...new Set(input.disabledSites.filter((s2) => typeof s2 === 'string').map(siteOf))]
            .filter(Boolean)
            .sort()
        : [],
      categories,
      hoverDelayMs:
        typeof delay === 'number' && Number.isFinite(delay)
          ? Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, delay)))
          : DEFAULT_SETTINGS.hoverDelayMs,
      highlightStyle: HIGHLIGHT_STYLES.includes(input.highlightStyle)
        ? input.highlightStyle
        : DEFAULT_SETTINGS.highlightStyle,
      trackerUrl:
        typeof input.trackerUrl === 'string' && trackerUrlError(input.trackerUrl) === void 0
          ? input.trackerUrl
          : DEFAULT_SETTINGS.trackerUrl,
    };
  }
  function siteOf(host) {
    return host
      .trim()
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
  }
  function activeOn(settings, host) {
    if (!settings.enabled) return false;
    const site = siteOf(host);
    return !settings.disabledSites.some((s2) => site === s2 || site.endsWith(`.${s2}`));
  }
  function enabledCategoryMask(settings) {
    let mask = 0;
    for (const category of CATEGORIES) if (settings.categories[category]) mask |= categoryBit(category);
    return mask;
  }
  function trackerUrlError(raw) {
    let url;
    try {
      url = new URL(raw);
    } catch {
      return 'errorTrackerNotUrl';
    }
    return url.protocol === 'https:' ? void 0 : 'errorTrackerNotHttps';
  }
  async function readSettings() {
    const stored = await browser$1.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  }
  function watchSettings(onChange, signal) {
    const listener = (changes, area) => {
      if (area === 'local' && SETTINGS_KEY in changes)
        onChange(parseSettings(changes[SETTINGS_KEY].newValue));
    };
    browser$1.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser$1.storage.onChanged.removeListener(listener));
  }
  const HIDE_MS = 300;
  const packaged = (path) => browser$1.runtime.getURL(path);
  async function fetchDictionary() {
    const response = await fetch(packaged('/dictionary.bin'));
    if (!response.ok) throw new Error(`dictionary: ${response.status}`);
    return { bytes: await response.arrayBuffer(), fetchedAt: performance.now() };
  }
  const definition = defineContentScript({
    matches: ['<all_urls>'],
    runAt: 'document_idle',
    allFrames: true,
    async main(ctx) {
      const host = location.hostname;
      const isTop = window.top === window;
      const index = new MentionIndex();
      const abort = new AbortController();
      let settings = await readSettings();
      let dictionary;
      let session;
      let ownSiteCompanyId = null;
      const look = () => ({
        categoryMask: enabledCategoryMask(settings),
        highlightStyle: settings.highlightStyle,
      });
      const reportCount = (count) => {
        if (isTop)
          void browser$1.runtime.sendMessage({ type: 'reportPageCompanies', count, ownSiteCompanyId });
      };
      const startSession = () =>
        (session ??= (dictionary ??= fetchDictionary().then(({ bytes }) => loadDictionary(bytes))).then(
          (dict) => {
            if (ctx.isInvalid) throw new Error('Backstory was reloaded');
            const startedAt = performance.now();
            ownSiteCompanyId = dict.ownerOfSite(host) ?? null;
            const created = new PageSession(
              document,
              dict,
              () => ctx.isInvalid,
              startedAt,
              index,
              reportCount,
            );
            created.configure(look());
            void created.start();
            return created;
          },
        ));
      const stopSession = () => {
        const running = session;
        session = void 0;
        hover.close();
        void running?.then((s2) => s2.stop());
        reportCount(0);
      };
      const pageMentions = async () => {
        const active = activeOn(settings, host);
        const current = active ? await session : void 0;
        if (current) await current.settled();
        return {
          companies: current?.companiesNamed() ?? [],
          site: siteOf(host),
          active,
          ownSiteCompanyId: current ? ownSiteCompanyId : null,
        };
      };
      const self2 = { id: browser$1.runtime.id, pagesOrigin: packaged('/') };
      const onMessage = (message, sender) =>
        dispatch(message, sender, self2, {
          getPageMentions: pageMentions,
          getPageInfo: async () => ({ url: location.href, title: document.title }),
          showCardAtSelection: async () => {
            const selection = getSelection();
            if (!selection || selection.rangeCount === 0) return false;
            const range = selection.getRangeAt(0);
            const mention =
              index.at(range.startContainer, range.startOffset) ??
              index.at(range.endContainer, range.endOffset);
            if (!mention) return false;
            hover.openFor(mention);
            return true;
          },
          getScanStats: async () => {
            const current = await (session ?? Promise.reject(new Error('Backstory is off on this page')));
            await current.settled();
            return current.stats();
          },
        });
      browser$1.runtime.onMessage.addListener(onMessage);
      const card = new CardHost(document, {
        onDetails: (companyId2) =>
          void browser$1.runtime.sendMessage({ type: 'openDetails', companyId: companyId2 }),
        onClose: () => hover.close(),
        onPointerInside: (inside) => hover.setInsideCard(inside),
      });
      const hover = new HoverController(
        document,
        index,
        {
          show(mention, rect, focus) {
            const name = mention.text;
            const anchor = { rect, element: mention.node.parentElement };
            card.show({ status: 'loading', name }, anchor);
            browser$1.runtime
              .sendMessage({ type: 'getCompanySummary', companyId: mention.companyId })
              .then((reply) =>
                card.show(
                  { status: 'ready', summary: unwrapReply(reply, 'getCompanySummary') },
                  anchor,
                  focus,
                ),
              )
              .catch((error) => card.show({ status: 'failed', name, error: String(error) }, anchor, focus));
          },
          hide: () => card.hide(),
        },
        { dwellMs: settings.hoverDelayMs, hideMs: HIDE_MS },
      );
      hover.listen(abort.signal);
      watchSettings((next) => {
        settings = next;
        hover.setTiming({ dwellMs: next.hoverDelayMs, hideMs: HIDE_MS });
        if (!activeOn(next, host)) stopSession();
        else if (session) void session.then((s2) => s2.configure(look()));
        else void startSession();
      }, abort.signal);
      ctx.onInvalidated(() => {
        abort.abort();
        void session?.then((s2) => s2.stop());
        card.remove();
        browser$1.runtime.onMessage.removeListener(onMessage);
      });
      if (activeOn(settings, host)) await startSession();
    },
  });
  function print$1(method, ...args) {
    return;
  }
  const logger$1 = {
    debug: (...args) => print$1(console.debug, ...args),
    log: (...args) => print$1(console.log, ...args),
    warn: (...args) => print$1(console.warn, ...args),
    error: (...args) => print$1(console.error, ...args),
  };
  class WxtLocationChangeEvent extends Event {
    constructor(newUrl, oldUrl) {
      super(WxtLocationChangeEvent.EVENT_NAME, {});
      this.newUrl = newUrl;
      this.oldUrl = oldUrl;
    }
    static EVENT_NAME = getUniqueEventName('wxt:locationchange');
  }
  function getUniqueEventName(eventName) {
    return `${browser$1?.runtime?.id}:${'content'}:${eventName}`;
  }
  function createLocationWatcher(ctx) {
    let interval;
    let oldUrl;
    return {
      /**
       * Ensure the location watcher is actively looking for URL changes. If it's already watching,
       * this is a noop.
       */
      run() {
        if (interval != null) return;
        oldUrl = new URL(location.href);
        interval = ctx.setInterval(() => {
          let newUrl = new URL(location.href);
          if (newUrl.href !== oldUrl.href) {
            window.dispatchEvent(new WxtLocationChangeEvent(newUrl, oldUrl));
            oldUrl = newUrl;
          }
        }, 1e3);
      },
    };
  }
  class ContentScriptContext {
    constructor(contentScriptName, options) {
      this.contentScriptName = contentScriptName;
      this.options = options;
      this.abortController = new AbortController();
      if (this.isTopFrame) {
        this.listenForNewerScripts({ ignoreFirstEvent: true });
        this.stopOldScripts();
      } else {
        this.listenForNewerScripts();
      }
    }
    static SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName('wxt:content-script-started');
    isTopFrame = window.self === window.top;
    abortController;
    locationWatcher = createLocationWatcher(this);
    receivedMessageIds = /* @__PURE__ */ new Set();
    get signal() {
      return this.abortController.signal;
    }
    abort(reason) {
      return this.abortController.abort(reason);
    }
    get isInvalid() {
      if (browser$1.runtime.id == null) {
        this.notifyInvalidated();
      }
      return this.signal.aborted;
    }
    get isValid() {
      return !this.isInvalid;
    }
    /**
     * Add a listener that is called when the content script's context is invalidated.
     *
     * @returns A function to remove the listener.
     *
     * @example
     * browser.runtime.onMessage.addListener(cb);
     * const removeInvalidatedListener = ctx.onInvalidated(() => {
     *   browser.runtime.onMessage.removeListener(cb);
     * })
     * // ...
     * removeInvalidatedListener();
     */
    onInvalidated(cb) {
      this.signal.addEventListener('abort', cb);
      return () => this.signal.removeEventListener('abort', cb);
    }
    /**
     * Return a promise that never resolves. Useful if you have an async function that shouldn't run
     * after the context is expired.
     *
     * @example
     * const getValueFromStorage = async () => {
     *   if (ctx.isInvalid) return ctx.block();
     *
     *   // ...
     * }
     */
    block() {
      return new Promise(() => {});
    }
    /**
     * Wrapper around `window.setInterval` that automatically clears the interval when invalidated.
     *
     * Intervals can be cleared by calling the normal `clearInterval` function.
     */
    setInterval(handler, timeout) {
      const id = setInterval(() => {
        if (this.isValid) handler();
      }, timeout);
      this.onInvalidated(() => clearInterval(id));
      return id;
    }
    /**
     * Wrapper around `window.setTimeout` that automatically clears the interval when invalidated.
     *
     * Timeouts can be cleared by calling the normal `setTimeout` function.
     */
    setTimeout(handler, timeout) {
      const id = setTimeout(() => {
        if (this.isValid) handler();
      }, timeout);
      this.onInvalidated(() => clearTimeout(id));
      return id;
    }
    /**
     * Wrapper around `window.requestAnimationFrame` that automatically cancels the request when
     * invalidated.
     *
     * Callbacks can be canceled by calling the normal `cancelAnimationFrame` function.
     */
    requestAnimationFrame(callback) {
      const id = requestAnimationFrame((...args) => {
        if (this.isValid) callback(...args);
      });
      this.onInvalidated(() => cancelAnimationFrame(id));
      return id;
    }
    /**
     * Wrapper around `window.requestIdleCallback` that automatically cancels the request when
     * invalidated.
     *
     * Callbacks can be canceled by calling the normal `cancelIdleCallback` function.
     */
    requestIdleCallback(callback, options) {
      const id = requestIdleCallback((...args) => {
        if (!this.signal.aborted) callback(...args);
      }, options);
      this.onInvalidated(() => cancelIdleCallback(id));
      return id;
    }
    addEventListener(target, type, handler, options) {
      if (type === 'wxt:locationchange') {
        if (this.isValid) this.locationWatcher.run();
      }
      target.addEventListener?.(type.startsWith('wxt:') ? getUniqueEventName(type) : type, handler, {
        ...options,
        signal: this.signal,
      });
    }
    /**
     * @internal
     * Abort the abort controller and execute all `onInvalidated` listeners.
     */
    notifyInvalidated() {
      this.abort('Content script context invalidated');
      logger$1.debug(`Content script "${this.contentScriptName}" context invalidated`);
    }
    stopOldScripts() {
      window.postMessage(
        {
          type: ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE,
          contentScriptName: this.contentScriptName,
          messageId: Math.random().toString(36).slice(2),
        },
        '*',
      );
    }
    verifyScriptStartedEvent(event) {
      const isScriptStartedEvent = event.data?.type === ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
      const isSameContentScript = event.data?.contentScriptName === this.contentScriptName;
      const isNotDuplicate = !this.receivedMessageIds.has(event.data?.messageId);
      return isScriptStartedEvent && isSameContentScript && isNotDuplicate;
    }
    listenForNewerScripts(options) {
      let isFirst = true;
      const cb = (event) => {
        if (this.verifyScriptStartedEvent(event)) {
          this.receivedMessageIds.add(event.data.messageId);
          const wasFirst = isFirst;
          isFirst = false;
          if (wasFirst && options?.ignoreFirstEvent) return;
          this.notifyInvalidated();
        }
      };
      addEventListener('message', cb);
      this.onInvalidated(() => removeEventListener('message', cb));
    }
  }
  function initPlugins() {}
  function print(method, ...args) {
    return;
  }
  const logger = {
    debug: (...args) => print(console.debug, ...args),
    log: (...args) => print(console.log, ...args),
    warn: (...args) => print(console.warn, ...args),
    error: (...args) => print(console.error, ...args),
  };
  const result = (async () => {
    try {
      initPlugins();
      const { main, ...options } = definition;
      const ctx = new ContentScriptContext('content', options);
      return await main(ctx);
    } catch (err) {
      logger.error(`The content script "${'content'}" crashed on startup!`, err);
      throw err;
    }
  })();
  return result;
})();
content;
