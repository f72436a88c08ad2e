// Words for the dataset's and the reports' own codes, in the user's language.
import { i18n } from '#i18n';
import type { Category } from '../lib/dataset/categories';
import { REPORT_FILE_MAX_BYTES, type ReportFileError } from '../lib/reports/report-file';
import {
  COMPANY_NAME_MAX,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  type ReportErrorCode,
  type ReportField,
  type ReportKind,
} from '../lib/reports/report';

export function kindLabel(kind: ReportKind): string {
  return kind === 'contract'
    ? i18n.t('kindContract')
    : kind === 'worker-action'
      ? i18n.t('kindWorkerAction')
      : i18n.t('kindOther');
}

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'immigration':
      return i18n.t('categoryImmigration');
    case 'military':
      return i18n.t('categoryMilitary');
    case 'police-surveillance':
      return i18n.t('categoryPolice');
    case 'labour':
      return i18n.t('categoryLabour');
  }
}

/**
 * A report field's problem in words; limits and lengths filled in. `description`: the text
 * refused, or its length (trimmed) where only that is known.
 */
export function reportErrorText(code: ReportErrorCode, description: string | number = ''): string {
  switch (code) {
    case 'errorDescriptionShort':
      return i18n.t('errorDescriptionShort', [DESCRIPTION_MIN]);
    case 'errorDescriptionLong':
      return i18n.t('errorDescriptionLong', [
        DESCRIPTION_MAX,
        typeof description === 'number' ? description : description.trim().length,
      ]);
    case 'errorCompanyNameLong':
      return i18n.t('errorCompanyNameLong', [COMPANY_NAME_MAX]);
    default:
      return i18n.t(code);
  }
}

const FIELD_KEYS = {
  companyId: 'fieldCompany',
  companyName: 'fieldCompany',
  kind: 'fieldKind',
  date: 'fieldDate',
  description: 'fieldDescription',
  sourceUrl: 'fieldSource',
} as const;

export function fieldLabel(field: ReportField): string {
  return i18n.t(FIELD_KEYS[field]);
}

/** Bytes as megabytes with one decimal ("6.2"); 1 MB = 1,000,000 bytes, as file managers say. */
export function megabytes(bytes: number): string {
  return (Math.round(bytes / 100_000) / 10).toFixed(1);
}

/** Why an import was refused, in words. */
export function importErrorText(error: ReportFileError): string {
  const record = String(error.record ?? '?');
  switch (error.code) {
    case 'importTooLarge':
      return i18n.t('importTooLarge', [megabytes(error.size ?? 0), megabytes(REPORT_FILE_MAX_BYTES)]);
    case 'importNotJson':
      return i18n.t('importNotJson', [error.detail ?? '']);
    case 'importNotReportsFile':
      return i18n.t('importNotReportsFile', [error.detail ?? '']);
    case 'importRecordInvalid':
      return i18n.t('importRecordInvalid', [record, error.detail ?? '']);
    case 'importDuplicateId':
      return i18n.t('importDuplicateId', [record, error.detail ?? '']);
    case 'importRecordRejected':
      return i18n.t('importRecordRejected', [
        record,
        error.field ? fieldLabel(error.field) : '',
        error.reason ? reportErrorText(error.reason, error.size) : '',
      ]);
  }
}

/** What an import stored, and what it left alone because the id was already stored. */
export function importedText(imported: number, skipped: number): string {
  const done = i18n.t('imported', imported);
  return skipped > 0 ? `${done} ${i18n.t('importSkipped', skipped)}` : done;
}

/** The Atlas's technology names, in the user's language; a name it does not know stays as written. */
export function technologyLabel(technology: string): string {
  switch (technology) {
    case 'Ring/Neighbors Partnership':
      return i18n.t('techRing');
    case 'Body-worn Cameras':
      return i18n.t('techBodyCameras');
    case 'Drones':
      return i18n.t('techDrones');
    case 'Automated License Plate Readers':
      return i18n.t('techPlateReaders');
    case 'Camera Registry':
      return i18n.t('techCameraRegistry');
    case 'Face Recognition':
      return i18n.t('techFaceRecognition');
    case 'Predictive Policing':
      return i18n.t('techPredictive');
    case 'Gunshot Detection':
      return i18n.t('techGunshot');
    case 'Fusion Center':
      return i18n.t('techFusionCenter');
    case 'Cell-site Simulator':
      return i18n.t('techCellSite');
    case 'Real-Time Crime Center':
      return i18n.t('techCrimeCenter');
    case 'Video Analytics/Computer Vision':
      return i18n.t('techVideoAnalytics');
    default:
      return technology;
  }
}

/** "as of October 2020 (EFF's Atlas of Surveillance)": when and by whom a police source was taken. */
export function policeDatasetLabel(dataset: 'atlas' | 'flock-portals' | 'nc-survey'): string {
  return dataset === 'atlas'
    ? i18n.t('asOfAtlas')
    : dataset === 'flock-portals'
      ? i18n.t('asOfFlock')
      : i18n.t('asOfSurvey');
}
