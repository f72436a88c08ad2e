var background = (function () {
  'use strict';
  const NAMED_SUBSTITUTION_RE = /\{([A-Za-z0-9_]+)\}/g;
  function applyNamedSubstitutions(message, substitutions) {
    return message.replace(NAMED_SUBSTITUTION_RE, (match, key) => {
      return Object.prototype.hasOwnProperty.call(substitutions, key) ? String(substitutions[key]) : match;
    });
  }
  const browser$1 = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
  function createI18n() {
    const t = (key, ...args) => {
      let sub;
      let namedSub;
      let count;
      args.forEach((arg, i) => {
        if (arg == null);
        else if (typeof arg === 'number') count = arg;
        else if (Array.isArray(arg)) sub = arg;
        else if (isNamedSubstitutions(arg)) namedSub = arg;
        else
          throw Error(
            `Unknown argument at index ${i}. Must be a number for pluralization, substitution array, or named substitution object.`,
          );
      });
      if (count != null && sub == null) sub = [String(count)];
      let message;
      if (sub?.length) {
        const stringSubs = sub?.map((sub2) => String(sub2));
        message = browser$1.i18n.getMessage(key.replaceAll('.', '_'), stringSubs);
      } else message = browser$1.i18n.getMessage(key.replaceAll('.', '_'));
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
  function getDefaultExportFromCjs(x) {
    return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
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
  const browser = /* @__PURE__ */ getDefaultExportFromCjs(browserPolyfillExports);
  function defineBackground(arg) {
    if (arg == null || typeof arg === 'function') return { main: arg };
    return arg;
  }
  const USASPENDING_AWARD_URL = 'https://www.usaspending.gov/award/';
  const TORN_APART_URL = 'http://xpmethod.plaintext.in/torn-apart/';
  function usaspendingAwardUrl(generatedAwardId) {
    return USASPENDING_AWARD_URL + encodeURIComponent(generatedAwardId);
  }
  function awardKey(award) {
    return award.dataset === 'usaspending' && award.generatedAwardId
      ? award.generatedAwardId
      : `torn:${award.awardId}`;
  }
  function fiscalYear(isoDate2) {
    const year = Number(isoDate2.slice(0, 4));
    const month = Number(isoDate2.slice(5, 7));
    return month >= 10 ? year + 1 : year;
  }
  function awardPeriod(award) {
    if (award.dataset === 'torn-apart' || !award.firstActionDate || !award.lastActionDate)
      return 'FY2014–FY2018';
    const from = fiscalYear(award.firstActionDate);
    const to = fiscalYear(award.lastActionDate);
    return from === to ? `FY${from}` : `FY${from}–FY${to}`;
  }
  function awardSources(award) {
    const page = award.generatedAwardId ? [usaspendingAwardUrl(award.generatedAwardId)] : [];
    return award.dataset === 'torn-apart' ? [TORN_APART_URL, ...page] : page;
  }
  function notableItems(record, actions, limit = 2) {
    const items = [];
    for (const r of [...record.reportedContracts].sort((a, b) => b.year.localeCompare(a.year))) {
      items.push({
        kind: 'reported',
        text: `${r.program} (${r.customer})`,
        amountUSD: r.amountUSD,
        workers: null,
        when: r.year,
        sources: r.sources,
      });
    }
    const largest = record.awards.reduce(
      (best, a) => (!best || a.obligatedUSD > best.obligatedUSD ? a : best),
      void 0,
    );
    if (largest) {
      items.push({
        kind: 'award',
        text: `${largest.agency}: ${largest.description || largest.productOrService || `award ${largest.awardId}`}`,
        amountUSD: largest.obligatedUSD,
        workers: null,
        when: awardPeriod(largest),
        sources: awardSources(largest),
      });
    }
    for (const d of record.dodContractors) {
      items.push({
        kind: 'dod',
        text: d.topSubAgency,
        amountUSD: d.totalObligatedUSD,
        workers: null,
        when: d.period,
        sources: d.sources,
      });
    }
    const latest = [...actions].sort((a, b) => b.date.localeCompare(a.date))[0];
    if (latest) {
      items.push({
        kind: 'action',
        text: latest.summary || latest.kinds.join(', '),
        amountUSD: null,
        workers: latest.workers,
        when: latest.date,
        sources: latest.sources,
      });
    }
    return items.slice(0, limit);
  }
  function datasetDateRange(dataset) {
    let from = '';
    let to = '';
    const see = (date) => {
      if (!date) return;
      if (!from || date < from) from = date;
      if (!to || date > to) to = date;
    };
    for (const award of dataset.awards) {
      see(award.firstActionDate);
      see(award.lastActionDate);
    }
    for (const action of dataset.actions) see(action.date);
    return from ? { from, to } : null;
  }
  const instanceOfAny = (object2, constructors) => constructors.some((c) => object2 instanceof c);
  let idbProxyableTypes;
  let cursorAdvanceMethods;
  function getIdbProxyableTypes() {
    return (
      idbProxyableTypes ||
      (idbProxyableTypes = [IDBIndex, IDBObjectStore, IDBCursor, IDBDatabase, IDBTransaction])
    );
  }
  function getCursorAdvanceMethods() {
    return (
      cursorAdvanceMethods ||
      (cursorAdvanceMethods = ['advance', 'continue', 'continuePrimaryKey'].map(
        (method) => IDBCursor.prototype[method],
      ))
    );
  }
  const transactionDoneMap = /* @__PURE__ */ new WeakMap();
  const transformCache = /* @__PURE__ */ new WeakMap();
  const reverseTransformCache = /* @__PURE__ */ new WeakMap();
  function promisifyRequest(request) {
    const promise = new Promise((resolve, reject) => {
      const unlisten = () => {
        request.removeEventListener('success', success);
        request.removeEventListener('error', error);
      };
      const success = () => {
        resolve(wrap(request.result));
        unlisten();
      };
      const error = () => {
        reject(request.error);
        unlisten();
      };
      request.addEventListener('success', success);
      request.addEventListener('error', error);
    });
    reverseTransformCache.set(promise, request);
    return promise;
  }
  function cacheDonePromiseForTransaction(tx) {
    if (transactionDoneMap.has(tx)) return;
    const done = new Promise((resolve, reject) => {
      const unlisten = () => {
        tx.removeEventListener('complete', complete);
        tx.removeEventListener('error', error);
        tx.removeEventListener('abort', error);
      };
      const complete = () => {
        resolve();
        unlisten();
      };
      const error = () => {
        reject(tx.error || new DOMException('AbortError', 'AbortError'));
        unlisten();
      };
      tx.addEventListener('complete', complete);
      tx.addEventListener('error', error);
      tx.addEventListener('abort', error);
    });
    transactionDoneMap.set(tx, done);
  }
  let idbProxyTraps = {
    get(target, prop, receiver) {
      if (target instanceof IDBTransaction) {
        if (prop === 'done') return transactionDoneMap.get(target);
        if (prop === 'store') {
          return receiver.objectStoreNames[1] ? void 0 : receiver.objectStore(receiver.objectStoreNames[0]);
        }
      }
      return wrap(target[prop]);
    },
    set(target, prop, value) {
      target[prop] = value;
      return true;
    },
    has(target, prop) {
      if (target instanceof IDBTransaction && (prop === 'done' || prop === 'store')) {
        return true;
      }
      return prop in target;
    },
  };
  function replaceTraps(callback) {
    idbProxyTraps = callback(idbProxyTraps);
  }
  function wrapFunction(func) {
    if (getCursorAdvanceMethods().includes(func)) {
      return function (...args) {
        func.apply(unwrap(this), args);
        return wrap(this.request);
      };
    }
    return function (...args) {
      return wrap(func.apply(unwrap(this), args));
    };
  }
  function transformCachableValue(value) {
    if (typeof value === 'function') return wrapFunction(value);
    if (value instanceof IDBTransaction) cacheDonePromiseForTransaction(value);
    if (instanceOfAny(value, getIdbProxyableTypes())) return new Proxy(value, idbProxyTraps);
    return value;
  }
  function wrap(value) {
    if (value instanceof IDBRequest) return promisifyRequest(value);
    if (transformCache.has(value)) return transformCache.get(value);
    const newValue = transformCachableValue(value);
    if (!Object.is(newValue, value)) {
      transformCache.set(value, newValue);
      reverseTransformCache.set(newValue, value);
    }
    return newValue;
  }
  const unwrap = (value) => reverseTransformCache.get(value);
  function openDB(name, version, { blocked, upgrade, blocking, terminated } = {}) {
    const request = indexedDB.open(name, version);
    const openPromise = wrap(request);
    if (upgrade) {
      request.addEventListener('upgradeneeded', (event) => {
        upgrade(wrap(request.result), event.oldVersion, event.newVersion, wrap(request.transaction), event);
      });
    }
    if (blocked) {
      request.addEventListener('blocked', (event) =>
        blocked(
          // Casting due to https://github.com/microsoft/TypeScript-DOM-lib-generator/pull/1405
          event.oldVersion,
          event.newVersion,
          event,
        ),
      );
    }
    openPromise
      .then((db) => {
        if (terminated) db.addEventListener('close', () => terminated());
        if (blocking) {
          db.addEventListener('versionchange', (event) =>
            blocking(event.oldVersion, event.newVersion, event),
          );
        }
      })
      .catch(() => {});
    return openPromise;
  }
  const readMethods = ['get', 'getKey', 'getAll', 'getAllKeys', 'count'];
  const writeMethods = ['put', 'add', 'delete', 'clear'];
  const cachedMethods = {};
  function getMethod(target, prop) {
    if (!(target instanceof IDBDatabase && !(prop in target) && typeof prop === 'string')) {
      return;
    }
    if (cachedMethods[prop]) return cachedMethods[prop];
    const targetFuncName = prop.replace(/FromIndex$/, '');
    const useIndex = prop !== targetFuncName;
    const isWrite = writeMethods.includes(targetFuncName);
    if (
      // Bail if the target doesn't exist on the target. Eg, getAll isn't in Edge.
      !(targetFuncName in (useIndex ? IDBIndex : IDBObjectStore).prototype) ||
      !(isWrite || readMethods.includes(targetFuncName))
    ) {
      return;
    }
    const method = async function (storeName, ...args) {
      const tx = this.transaction(storeName, isWrite ? 'readwrite' : 'readonly');
      let target2 = tx.store;
      if (useIndex) target2 = target2.index(args.shift());
      return (await Promise.all([target2[targetFuncName](...args), isWrite && tx.done]))[0];
    };
    return (cachedMethods[prop] = method);
  }
  replaceTraps((oldTraps) => ({
    ...oldTraps,
    get: (target, prop, receiver) => getMethod(target, prop) || oldTraps.get(target, prop, receiver),
    has: (target, prop) => !!getMethod(target, prop) || oldTraps.has(target, prop),
  }));
  const advanceMethodProps = ['advance', 'continue', 'continuePrimaryKey'];
  const methodMap = {};
  const advanceResults = /* @__PURE__ */ new WeakMap();
  const ittrProxiedCursorToOriginalProxy = /* @__PURE__ */ new WeakMap();
  const cursorIteratorTraps = {
    get(target, prop) {
      if (!advanceMethodProps.includes(prop)) return target[prop];
      let cachedFunc = methodMap[prop];
      if (!cachedFunc) {
        cachedFunc = methodMap[prop] = function (...args) {
          advanceResults.set(this, ittrProxiedCursorToOriginalProxy.get(this)[prop](...args));
        };
      }
      return cachedFunc;
    },
  };
  async function* iterate(...args) {
    let cursor = this;
    if (!(cursor instanceof IDBCursor)) {
      cursor = await cursor.openCursor(...args);
    }
    if (!cursor) return;
    cursor = cursor;
    const proxiedCursor = new Proxy(cursor, cursorIteratorTraps);
    ittrProxiedCursorToOriginalProxy.set(proxiedCursor, cursor);
    reverseTransformCache.set(proxiedCursor, unwrap(cursor));
    while (cursor) {
      yield proxiedCursor;
      cursor = await (advanceResults.get(proxiedCursor) || cursor.continue());
      advanceResults.delete(proxiedCursor);
    }
  }
  function isIteratorProp(target, prop) {
    return (
      (prop === Symbol.asyncIterator && instanceOfAny(target, [IDBIndex, IDBObjectStore, IDBCursor])) ||
      (prop === 'iterate' && instanceOfAny(target, [IDBIndex, IDBObjectStore]))
    );
  }
  replaceTraps((oldTraps) => ({
    ...oldTraps,
    get(target, prop, receiver) {
      if (isIteratorProp(target, prop)) return iterate;
      return oldTraps.get(target, prop, receiver);
    },
    has(target, prop) {
      return isIteratorProp(target, prop) || oldTraps.has(target, prop);
    },
  }));
  const DB_NAME = 'backstory';
  const DB_VERSION = 1;
  const BUCKETS = 128;
  function bucketOf(companyId2) {
    let hash = 2166136261;
    for (let i = 0; i < companyId2.length; i++) {
      hash ^= companyId2.charCodeAt(i);
      hash = Math.imul(hash, 16777619);
    }
    return (hash >>> 0) % BUCKETS;
  }
  function openDatabase() {
    return openDB(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('buckets', { keyPath: 'bucket' });
          db.createObjectStore('directory', { keyPath: 'key' });
          db.createObjectStore('actions', { keyPath: 'id' }).createIndex('byCompany', 'companyIds', {
            multiEntry: true,
          });
          db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
          db.createObjectStore('meta', { keyPath: 'key' });
        }
      },
    });
  }
  async function loadedDatasetVersion(db) {
    return (await db.get('meta', 'dataset'))?.meta.version;
  }
  function companyRecords(dataset) {
    const records = /* @__PURE__ */ new Map();
    for (const company of dataset.companies) {
      records.set(company.id, {
        company,
        awards: [],
        dodContractors: [],
        reportedContracts: [],
        awardCount: 0,
        obligatedByAgency: {},
        actionCount: 0,
        dodObligatedUSD: null,
      });
    }
    const recordOf = (companyId2, what) => {
      const record = records.get(companyId2);
      if (!record) throw new Error(`${what} points at unknown company "${companyId2}"`);
      return record;
    };
    for (const award of dataset.awards) {
      const record = recordOf(award.companyId, `award ${awardKey(award)}`);
      record.awards.push(award);
      record.awardCount++;
      record.obligatedByAgency[award.agency] =
        (record.obligatedByAgency[award.agency] ?? 0) + award.obligatedUSD;
    }
    for (const dod of dataset.dodContractors) {
      const record = recordOf(dod.companyId, `DoD contractor ${dod.id}`);
      record.dodContractors.push(dod);
      record.dodObligatedUSD = (record.dodObligatedUSD ?? 0) + dod.totalObligatedUSD;
    }
    for (const reported of dataset.reportedContracts) {
      recordOf(reported.companyId, `reported contract ${reported.id}`).reportedContracts.push(reported);
    }
    for (const action of dataset.actions) {
      for (const id of action.companyIds) recordOf(id, `action ${action.id}`).actionCount++;
    }
    for (const record of records.values()) {
      record.awards.sort((a, b) => b.obligatedUSD - a.obligatedUSD);
      record.dodContractors.sort((a, b) => b.totalObligatedUSD - a.totalObligatedUSD);
      record.reportedContracts.sort((a, b) => b.year.localeCompare(a.year));
    }
    return [...records.values()];
  }
  async function loadDataset(db, dataset, startedAt = performance.now()) {
    if ((await loadedDatasetVersion(db)) === dataset.meta.version) return false;
    const buckets = Array.from({ length: BUCKETS }, (_, bucket) => ({
      bucket,
      companies: {},
    }));
    for (const record of companyRecords(dataset))
      buckets[bucketOf(record.company.id)].companies[record.company.id] = record;
    const directory = dataset.companies
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
    const started = performance.now();
    const tx = db.transaction(['buckets', 'directory', 'actions', 'meta'], 'readwrite');
    const bucketStore = tx.objectStore('buckets');
    const actions = tx.objectStore('actions');
    void bucketStore.clear();
    void actions.clear();
    for (const bucket of buckets) void bucketStore.put(bucket);
    void tx.objectStore('directory').put({ key: 'all', companies: directory });
    for (const action of dataset.actions) void actions.put(action);
    const counts = {
      companies: dataset.companies.length,
      awards: dataset.awards.length,
      actions: dataset.actions.length,
      dodContractors: dataset.dodContractors.length,
      reportedContracts: dataset.reportedContracts.length,
    };
    void tx.objectStore('meta').put({
      key: 'dataset',
      meta: dataset.meta,
      loadedAt: /* @__PURE__ */ new Date().toISOString(),
      loadMs: 0,
      totalMs: 0,
      counts,
      dateRange: datasetDateRange(dataset),
    });
    await tx.done;
    const loaded = await db.get('meta', 'dataset');
    const now = performance.now();
    if (loaded) {
      await db.put('meta', {
        ...loaded,
        loadMs: Math.round(now - started),
        totalMs: Math.round(now - startedAt),
      });
    }
    return true;
  }
  async function datasetInfo(db) {
    return db.get('meta', 'dataset');
  }
  async function findCompany(db, companyId2) {
    const bucket = await db.get('buckets', bucketOf(companyId2));
    return bucket && Object.hasOwn(bucket.companies, companyId2) ? bucket.companies[companyId2] : void 0;
  }
  async function requireCompany(db, companyId2) {
    const record = await findCompany(db, companyId2);
    if (!record) throw new Error(`unknown company "${companyId2}"`);
    return record;
  }
  async function companySummary(db, companyId2) {
    const [record, reportCount, actions] = await Promise.all([
      requireCompany(db, companyId2),
      db.countFromIndex('reports', 'byCompany', companyId2),
      db.getAllFromIndex('actions', 'byCompany', companyId2),
    ]);
    return {
      id: record.company.id,
      name: record.company.name,
      awardCount: record.awardCount,
      obligatedByAgency: record.obligatedByAgency,
      actionCount: record.actionCount,
      reportCount,
      dodObligatedUSD: record.dodObligatedUSD,
      reportedContractCount: record.reportedContracts.length,
      notable: notableItems(record, actions),
    };
  }
  async function companyDetails(db, companyId2) {
    const [record, actions, reports, meta] = await Promise.all([
      requireCompany(db, companyId2),
      db.getAllFromIndex('actions', 'byCompany', companyId2),
      db.getAllFromIndex('reports', 'byCompany', companyId2),
      db.get('meta', 'dataset'),
    ]);
    return {
      company: record.company,
      awards: record.awards,
      dodContractors: record.dodContractors,
      reportedContracts: record.reportedContracts,
      actions: actions.sort((a, b) => b.date.localeCompare(a.date)),
      reports: reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      caveats: meta?.meta.caveats ?? [],
    };
  }
  async function listCompanies(db) {
    return (await db.get('directory', 'all'))?.companies ?? [];
  }
  async function companyNameOf(db, companyId2) {
    return (await findCompany(db, companyId2))?.company.name;
  }
  async function listReports(db) {
    return (await db.getAll('reports')).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
  async function importReports(db, reports) {
    const tx = db.transaction('reports', 'readwrite');
    for (const report of reports) void tx.store.put(report);
    await tx.done;
  }
  async function deleteReport(db, id) {
    await db.delete('reports', id);
  }
  async function saveReport(db, report) {
    await db.add('reports', report);
  }
  const COUNT_COLOR = '#8a5a00';
  const OWN_SITE_COLOR = '#6a1b9a';
  function badgeFor(count, ownSiteName, words) {
    if (ownSiteName !== null) {
      return {
        text: 'own',
        title: `Backstory: ${words.ownSite(ownSiteName)} · ${words.named(count)}`,
        color: OWN_SITE_COLOR,
      };
    }
    return {
      text: count > 0 ? String(count) : '',
      title: count > 0 ? `Backstory: ${words.named(count)}` : 'Backstory',
      color: COUNT_COLOR,
    };
  }
  const REPORT_KINDS = ['contract', 'worker-action', 'other'];
  const DESCRIPTION_MIN = 10;
  const COMPANY_NAME_MAX = 120;
  const DESCRIPTION_MAX = 2e3;
  function dateError(date, today) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'errorDateFormat';
    const parsed = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
      return 'errorDateMissingDay';
    }
    if (date < '1900-01-01') return 'errorDateTooOld';
    if (date > today) return 'errorDateFuture';
    return void 0;
  }
  function urlError(raw) {
    if (raw.trim() === '') return 'errorUrlMissing';
    let url2;
    try {
      url2 = new URL(raw.trim());
    } catch {
      return 'errorUrlNotFull';
    }
    if (url2.protocol !== 'https:' && url2.protocol !== 'http:') return 'errorUrlNotWeb';
    if (!url2.hostname.includes('.')) return 'errorUrlNoHost';
    return void 0;
  }
  function validateReport(input, nameOfCompany, today) {
    const errors = {};
    let companyName = input.companyName.trim().replace(/\s+/g, ' ');
    if (input.companyId !== '') {
      const known = nameOfCompany(input.companyId);
      if (known === void 0) errors.companyId = 'errorCompanyUnknown';
      else companyName = known;
    } else if (companyName.length < 2) {
      errors.companyId = 'errorCompanyNameMissing';
    } else if (companyName.length > COMPANY_NAME_MAX) {
      errors.companyId = 'errorCompanyNameLong';
    }
    if (!REPORT_KINDS.includes(input.kind)) {
      errors.kind = 'errorKind';
    }
    const date = dateError(input.date.trim(), today);
    if (date) errors.date = date;
    const description = input.description.trim();
    if (description.length < DESCRIPTION_MIN) {
      errors.description = 'errorDescriptionShort';
    } else if (description.length > DESCRIPTION_MAX) {
      errors.description = 'errorDescriptionLong';
    }
    const url2 = urlError(input.sourceUrl);
    if (url2) errors.sourceUrl = url2;
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return {
      ok: true,
      value: {
        companyId: input.companyId,
        companyName,
        kind: input.kind,
        date: input.date.trim(),
        description,
        sourceUrl: new URL(input.sourceUrl.trim()).href,
      },
    };
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
  const ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
  const ISO_TIMESTAMP_REGEX =
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
  // @__NO_SIDE_EFFECTS__
  function check(requirement, message$1) {
    return {
      kind: 'validation',
      type: 'check',
      reference: check,
      async: false,
      expects: null,
      requirement,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, 'input', dataset, config$1);
        return dataset;
      },
    };
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
  function isoDate$1(message$1) {
    return {
      kind: 'validation',
      type: 'iso_date',
      reference: isoDate$1,
      async: false,
      expects: null,
      requirement: ISO_DATE_REGEX,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !this.requirement.test(dataset.value))
          _addIssue(this, 'date', dataset, config$1);
        return dataset;
      },
    };
  }
  // @__NO_SIDE_EFFECTS__
  function isoTimestamp(message$1) {
    return {
      kind: 'validation',
      type: 'iso_timestamp',
      reference: isoTimestamp,
      async: false,
      expects: null,
      requirement: ISO_TIMESTAMP_REGEX,
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !this.requirement.test(dataset.value))
          _addIssue(this, 'timestamp', dataset, config$1);
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
  // @__NO_SIDE_EFFECTS__
  function url(message$1) {
    return {
      kind: 'validation',
      type: 'url',
      reference: url,
      async: false,
      expects: null,
      requirement(input) {
        try {
          if (URL.canParse) return URL.canParse(input);
          new URL(input);
          return true;
        } catch {
          return false;
        }
      },
      message: message$1,
      '~run'(dataset, config$1) {
        if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, 'URL', dataset, config$1);
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
  function array(item, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'array',
      reference: array,
      expects: 'Array',
      async: false,
      item,
      message: message$1,
      '~run'(dataset, config$1) {
        const input = dataset.value;
        if (Array.isArray(input)) {
          dataset.typed = true;
          dataset.value = [];
          for (let key = 0; key < input.length; key++) {
            const value$1 = input[key];
            const itemDataset = this.item['~run']({ value: value$1 }, config$1);
            if (itemDataset.issues) {
              const pathItem = {
                type: 'array',
                origin: 'value',
                input,
                key,
                value: value$1,
              };
              for (const issue of itemDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = itemDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!itemDataset.typed) dataset.typed = false;
            dataset.value.push(itemDataset.value);
          }
        } else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
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
  function picklist(options, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'picklist',
      reference: picklist,
      expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), '|'),
      async: false,
      options,
      message: message$1,
      '~run'(dataset, config$1) {
        if (this.options.includes(dataset.value)) dataset.typed = true;
        else _addIssue(this, 'type', dataset, config$1);
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function strictObject(entries$1, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'strict_object',
      reference: strictObject,
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
          if (!dataset.issues || !config$1.abortEarly) {
            for (const key in input)
              if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
                _addIssue(this, 'key', dataset, config$1, {
                  input: key,
                  expected: 'never',
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
                break;
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
  function _subIssues(datasets) {
    let issues;
    if (datasets)
      for (const dataset of datasets)
        if (issues) for (const issue of dataset.issues) issues.push(issue);
        else issues = dataset.issues;
    return issues;
  }
  // @__NO_SIDE_EFFECTS__
  function union(options, message$1) {
    return _standardSchema({
      kind: 'schema',
      type: 'union',
      reference: union,
      expects: /* @__PURE__ */ _joinExpects(
        options.map((option) => option.expects),
        '|',
      ),
      async: false,
      options,
      message: message$1,
      '~run'(dataset, config$1) {
        let validDataset;
        let typedDatasets;
        let untypedDatasets;
        for (const schema of this.options) {
          const optionDataset = schema['~run']({ value: dataset.value }, config$1);
          if (optionDataset.typed)
            if (optionDataset.issues)
              if (typedDatasets) typedDatasets.push(optionDataset);
              else typedDatasets = [optionDataset];
            else {
              validDataset = optionDataset;
              break;
            }
          else if (untypedDatasets) untypedDatasets.push(optionDataset);
          else untypedDatasets = [optionDataset];
        }
        if (validDataset) return validDataset;
        if (typedDatasets) {
          if (typedDatasets.length === 1) return typedDatasets[0];
          _addIssue(this, 'type', dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
          dataset.typed = true;
        } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
        else
          _addIssue(this, 'type', dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
        return dataset;
      },
    });
  }
  // @__NO_SIDE_EFFECTS__
  function unknown() {
    return _standardSchema({
      kind: 'schema',
      type: 'unknown',
      reference: unknown,
      expects: 'unknown',
      async: false,
      '~run'(dataset) {
        dataset.typed = true;
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
  const httpUrl = /* @__PURE__ */ pipe(
    /* @__PURE__ */ string(),
    /* @__PURE__ */ url(),
    /* @__PURE__ */ check((url2) => /^https?:\/\//.test(url2), 'a source must be an http or https URL'),
  );
  const isoDate = /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ isoDate$1());
  const companyIdSchema = /* @__PURE__ */ pipe(
    /* @__PURE__ */ string(),
    /* @__PURE__ */ regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  );
  const companySchema = /* @__PURE__ */ object({
    id: companyIdSchema,
    name: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ minLength(1)),
    /** Recipient names in the award data that were resolved to this company. */
    recipientNames: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    /** The web domains the company runs, so its own site can be recognised. */
    domains: /* @__PURE__ */ array(/* @__PURE__ */ string()),
  });
  const agencySchema = /* @__PURE__ */ picklist(['ICE', 'CBP']);
  const awardSchema = /* @__PURE__ */ object({
    companyId: companyIdSchema,
    recipientName: /* @__PURE__ */ string(),
    agency: agencySchema,
    awardId: /* @__PURE__ */ string(),
    /**
     * USAspending's id of the award, which names its page
     * (https://www.usaspending.gov/award/<id>); null where the source does not give it.
     */
    generatedAwardId: /* @__PURE__ */ nullable(
      /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ regex(/^[A-Z0-9_-]+$/)),
    ),
    /**
     * usaspending: sum of the obligations in the source, a lower bound (see `meta.caveats`);
     * torn-apart: the award's current total value as Torn Apart recorded it in 2018.
     */
    obligatedUSD: /* @__PURE__ */ number(),
    firstActionDate: /* @__PURE__ */ nullable(isoDate),
    lastActionDate: /* @__PURE__ */ nullable(isoDate),
    productOrService: /* @__PURE__ */ string(),
    naics: /* @__PURE__ */ string(),
    /** The agency's own words for what the award buys, from the source record. */
    description: /* @__PURE__ */ string(),
    dataset: /* @__PURE__ */ picklist(['usaspending', 'torn-apart']),
  });
  const workerActionSchema = /* @__PURE__ */ object({
    id: /* @__PURE__ */ string(),
    /** Empty for the actions the source ties to no company (industry-wide strikes, say). */
    companyIds: /* @__PURE__ */ array(companyIdSchema),
    date: isoDate,
    kinds: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    struggles: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    workers: /* @__PURE__ */ nullable(/* @__PURE__ */ number()),
    tags: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    /** Short, in the project's own words; empty when the record is shown as structured facts. */
    summary: /* @__PURE__ */ string(),
    sources: /* @__PURE__ */ pipe(/* @__PURE__ */ array(httpUrl), /* @__PURE__ */ minLength(1)),
  });
  const dodContractorSchema = /* @__PURE__ */ object({
    id: /* @__PURE__ */ string(),
    companyId: companyIdSchema,
    /** The contractor's name as the source spells it. */
    name: /* @__PURE__ */ string(),
    rank: /* @__PURE__ */ number(),
    totalObligatedUSD: /* @__PURE__ */ number(),
    contractCount: /* @__PURE__ */ number(),
    topSubAgency: /* @__PURE__ */ string(),
    period: /* @__PURE__ */ string(),
    yearly: /* @__PURE__ */ array(
      /* @__PURE__ */ object({ fiscalYear: /* @__PURE__ */ number(), amountUSD: /* @__PURE__ */ number() }),
    ),
    subAgencies: /* @__PURE__ */ array(
      /* @__PURE__ */ object({
        name: /* @__PURE__ */ string(),
        amountUSD: /* @__PURE__ */ number(),
        share: /* @__PURE__ */ number(),
      }),
    ),
    sources: /* @__PURE__ */ pipe(/* @__PURE__ */ array(httpUrl), /* @__PURE__ */ minLength(1)),
  });
  const reportedContractSchema = /* @__PURE__ */ object({
    id: /* @__PURE__ */ string(),
    companyId: companyIdSchema,
    customer: /* @__PURE__ */ string(),
    program: /* @__PURE__ */ string(),
    category: /* @__PURE__ */ picklist(['military', 'immigration', 'police-surveillance']),
    year: /* @__PURE__ */ string(),
    /** Only where the cited reporting states a figure. */
    amountUSD: /* @__PURE__ */ nullable(/* @__PURE__ */ number()),
    summary: /* @__PURE__ */ string(),
    sources: /* @__PURE__ */ pipe(/* @__PURE__ */ array(httpUrl), /* @__PURE__ */ minLength(1)),
  });
  const datasetMetaSchema = /* @__PURE__ */ object({
    /** Content hash of everything below: same data, same version. */
    version: /* @__PURE__ */ string(),
    caveats: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    credits: /* @__PURE__ */ array(
      /* @__PURE__ */ object({
        name: /* @__PURE__ */ string(),
        url: httpUrl,
        licence: /* @__PURE__ */ string(),
      }),
    ),
  });
  const datasetSchema = /* @__PURE__ */ object({
    meta: datasetMetaSchema,
    companies: /* @__PURE__ */ array(companySchema),
    awards: /* @__PURE__ */ array(awardSchema),
    actions: /* @__PURE__ */ array(workerActionSchema),
    dodContractors: /* @__PURE__ */ array(dodContractorSchema),
    reportedContracts: /* @__PURE__ */ array(reportedContractSchema),
  });
  function parseDataset(input) {
    const result2 = /* @__PURE__ */ safeParse(datasetSchema, input);
    if (!result2.success) throw new Error(`Invalid dataset: ${describeIssues(result2.issues)}`);
    return result2.output;
  }
  function describeIssues(issues) {
    return issues
      .slice(0, 3)
      .map((issue) => {
        const path = /* @__PURE__ */ getDotPath(issue);
        return path ? `${path}: ${issue.message}` : issue.message;
      })
      .join('; ');
  }
  const REPORT_FILE_FORMAT = 'backstory-reports';
  const REPORT_FILE_VERSION = 1;
  const REPORT_FILE_MAX_BYTES = 5e6;
  const reportRecord = /* @__PURE__ */ strictObject({
    id: /* @__PURE__ */ pipe(
      /* @__PURE__ */ string(),
      /* @__PURE__ */ minLength(1),
      /* @__PURE__ */ maxLength(100),
    ),
    companyId: /* @__PURE__ */ union([
      /* @__PURE__ */ literal(''),
      /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    ]),
    companyName: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ maxLength(200)),
    kind: /* @__PURE__ */ picklist(REPORT_KINDS),
    date: /* @__PURE__ */ string(),
    description: /* @__PURE__ */ string(),
    sourceUrl: /* @__PURE__ */ string(),
    createdAt: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ isoTimestamp()),
  });
  const reportFile = /* @__PURE__ */ object({
    format: /* @__PURE__ */ literal(REPORT_FILE_FORMAT),
    version: /* @__PURE__ */ literal(REPORT_FILE_VERSION),
    exportedAt: /* @__PURE__ */ string(),
    reports: /* @__PURE__ */ pipe(
      /* @__PURE__ */ array(/* @__PURE__ */ unknown()),
      /* @__PURE__ */ maxLength(1e4),
    ),
  });
  function parseReportFile(text, nameOfCompany, today) {
    const refuse = (error) => ({ ok: false, error });
    if (text.length > REPORT_FILE_MAX_BYTES) return refuse({ code: 'importTooLarge' });
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return refuse({
        code: 'importNotJson',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    const head = /* @__PURE__ */ safeParse(reportFile, json);
    if (!head.success) return refuse({ code: 'importNotReportsFile', detail: describeIssues(head.issues) });
    const reports = [];
    const ids = /* @__PURE__ */ new Set();
    for (const [i, raw] of head.output.reports.entries()) {
      const record = i + 1;
      const parsed = /* @__PURE__ */ safeParse(reportRecord, raw);
      if (!parsed.success)
        return refuse({ code: 'importRecordInvalid', record, detail: describeIssues(parsed.issues) });
      const { id, createdAt, ...input } = parsed.output;
      if (ids.has(id)) return refuse({ code: 'importDuplicateId', record, detail: id });
      ids.add(id);
      const checked = validateReport(input, nameOfCompany, today);
      if (!checked.ok) {
        const [field, reason] = Object.entries(checked.errors)[0];
        return refuse({ code: 'importRecordRejected', record, field, reason });
      }
      reports.push({ ...checked.value, id, createdAt });
    }
    return { ok: true, reports };
  }
  function backgroundHandlers(deps) {
    return {
      getCompanySummary: async ({ companyId: companyId2 }) =>
        companySummary(await deps.database(), companyId2),
      getCompanyDetails: async ({ companyId: companyId2 }) =>
        companyDetails(await deps.database(), companyId2),
      listCompanies: async () => listCompanies(await deps.database()),
      getDatasetInfo: async () => (await datasetInfo(await deps.database())) ?? null,
      addReport: async ({ report }) => {
        const db = await deps.database();
        const now = deps.now();
        const name = report.companyId ? await companyNameOf(db, report.companyId) : void 0;
        const result2 = validateReport(
          report,
          (id) => (id === report.companyId ? name : void 0),
          now.toISOString().slice(0, 10),
        );
        if (!result2.ok) return { ok: false, errors: result2.errors };
        const stored = { ...result2.value, id: deps.newId(), createdAt: now.toISOString() };
        await saveReport(db, stored);
        return { ok: true, report: stored };
      },
      listReports: async () => listReports(await deps.database()),
      importReports: async ({ text }) => {
        const db = await deps.database();
        const names = new Map((await listCompanies(db)).map((c) => [c.id, c.name]));
        const parsed = parseReportFile(text, (id) => names.get(id), deps.now().toISOString().slice(0, 10));
        if (!parsed.ok) return parsed;
        await importReports(db, parsed.reports);
        return { ok: true, imported: parsed.reports.length };
      },
      deleteReport: async ({ id }) => {
        await deleteReport(await deps.database(), id);
        return null;
      },
      reportPageCompanies: async ({ count, ownSiteCompanyId }, sender) => {
        if (sender.tabId === void 0) throw new Error('only a page can report its companies');
        let ownSiteName = null;
        if (ownSiteCompanyId !== null) {
          const summary = await deps
            .database()
            .then((db) => companySummary(db, ownSiteCompanyId))
            .catch(() => void 0);
          ownSiteName = summary?.name ?? ownSiteCompanyId;
        }
        await deps.setBadge(sender.tabId, badgeFor(count, ownSiteName, deps.badgeWords));
        return null;
      },
      openDetails: async ({ companyId: companyId2 }, sender) => {
        await deps.openDetailsTab(companyId2, sender.tabId);
        return null;
      },
    };
  }
  function decodeTable(table, what) {
    if (!table || typeof table !== 'object') throw new Error(`${what}: not a table`);
    const { columns, dictionaries, rows } = table;
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string'))
      throw new Error(`${what}: bad columns`);
    if (!dictionaries || typeof dictionaries !== 'object') throw new Error(`${what}: bad dictionaries`);
    if (!Array.isArray(rows)) throw new Error(`${what}: rows missing`);
    const lookups = columns.map((column) => {
      const dictionary = dictionaries[column];
      if (dictionary !== void 0 && !Array.isArray(dictionary))
        throw new Error(`${what}: bad dictionary for "${column}"`);
      return dictionary;
    });
    return rows.map((row, r) => {
      if (!Array.isArray(row) || row.length !== columns.length) {
        throw new Error(
          `${what}: row ${r} has ${Array.isArray(row) ? row.length : 'no'} cells, expected ${columns.length}`,
        );
      }
      const record = {};
      for (let c = 0; c < columns.length; c++) {
        const dictionary = lookups[c];
        const cell = row[c];
        if (dictionary) {
          if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0 || cell >= dictionary.length) {
            throw new Error(
              `${what}: row ${r}, column "${columns[c]}": ${JSON.stringify(cell)} is not in its dictionary`,
            );
          }
          record[columns[c]] = dictionary[cell];
        } else {
          record[columns[c]] = cell;
        }
      }
      return record;
    });
  }
  function decodeDatasetFile(raw) {
    if (!raw || typeof raw !== 'object') throw new Error('Invalid dataset: not a JSON object');
    const file = raw;
    return parseDataset({
      ...file,
      companies: decodeTable(file.companies, 'companies'),
      awards: decodeTable(file.awards, 'awards'),
    });
  }
  const DRAFT_KEY = 'reportDraft';
  function draftFromPage(page) {
    const selection = page.selection.trim().replace(/\s+/g, ' ').slice(0, 1e3);
    const title = page.title.trim().slice(0, 300);
    const description = [selection && `“${selection}”`, title].filter(Boolean).join(' — ');
    return {
      description,
      sourceUrl: /^https?:\/\//.test(page.url) ? page.url : '',
    };
  }
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
  const REPORT_MENU_ID = 'backstory-report';
  const SHOW_CARD_COMMAND = 'show-card';
  async function createReportMenu(menus) {
    await menus.removeAll();
    menus.create({
      id: REPORT_MENU_ID,
      title: i18n.t('menuReport'),
      contexts: ['selection'],
    });
  }
  async function reportFromSelection(info, tabId, reportPageUrl) {
    let title = '';
    if (tabId !== void 0) {
      title = await browser.tabs
        .sendMessage(tabId, { type: 'getPageInfo' }, { frameId: 0 })
        .then((reply) => unwrapReply(reply, 'getPageInfo').title)
        .catch(() => '');
    }
    const draft = draftFromPage({ url: info.pageUrl ?? '', title, selection: info.selectionText ?? '' });
    await browser.storage.local.set({ [DRAFT_KEY]: draft });
    await browser.tabs.create({ url: reportPageUrl });
  }
  async function showCardAtSelection(tabId) {
    await browser.tabs.sendMessage(tabId, { type: 'showCardAtSelection' }).catch(() => void 0);
  }
  const packaged = (path) => browser.runtime.getURL(path);
  async function fetchJson(path) {
    const response = await fetch(packaged(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  }
  async function prepareDatabase() {
    const startedAt = performance.now();
    const db = await openDatabase();
    const [loaded, packagedVersion] = await Promise.all([
      loadedDatasetVersion(db),
      fetchJson('/dataset-version.json'),
    ]);
    if (loaded !== packagedVersion.version) {
      await loadDataset(db, decodeDatasetFile(await fetchJson('/dataset.json')), startedAt);
    }
    return db;
  }
  const definition = defineBackground(() => {
    const ready = prepareDatabase();
    ready.catch((error) => console.error('Backstory: the dataset could not be loaded', error));
    const handlers = backgroundHandlers({
      database: () => ready,
      openDetailsTab: async (companyId2, fromTabId) => {
        const query = new URLSearchParams({ company: companyId2 });
        if (fromTabId !== void 0) query.set('tab', String(fromTabId));
        await browser.tabs.create({ url: packaged(`/popup.html?${query}`) });
      },
      setBadge: async (tabId, { text, title, color }) => {
        const button = browser.action ?? browser.browserAction;
        await Promise.all([
          button.setBadgeText({ tabId, text }),
          button.setBadgeBackgroundColor({ tabId, color }),
          button.setTitle({ tabId, title }),
        ]);
      },
      badgeWords: {
        named: (count) => i18n.t('badgeNamed', count),
        ownSite: (name) => i18n.t('badgeOwnSite', [name]),
      },
      newId: () => crypto.randomUUID(),
      now: () => /* @__PURE__ */ new Date(),
    });
    void createReportMenu(browser.contextMenus);
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === REPORT_MENU_ID) {
        void reportFromSelection(info, tab?.id, packaged('/popup.html?view=report'));
      }
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command !== SHOW_CARD_COMMAND) return;
      void (async () => {
        const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (id !== void 0) await showCardAtSelection(id);
      })();
    });
    const self2 = { id: browser.runtime.id, pagesOrigin: packaged('/') };
    browser.runtime.onMessage.addListener((message, sender) =>
      dispatch(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }, self2, handlers),
    );
  });
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
  let result;
  try {
    initPlugins();
    result = definition.main();
    if (result instanceof Promise) {
      console.warn("The background's main() function return a promise, but it must be synchronous");
    }
  } catch (err) {
    logger.error('The background crashed on startup!');
    throw err;
  }
  const result$1 = result;
  return result$1;
})();
