#include "error.h"

namespace Fb {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::InvalidJson: return QStringLiteral("invalid_json");
    case ErrorCode::InvalidUtf8: return QStringLiteral("invalid_utf8");
    case ErrorCode::NotAnObject: return QStringLiteral("not_an_object");
    case ErrorCode::DocumentTooLarge: return QStringLiteral("document_too_large");
    case ErrorCode::MissingField: return QStringLiteral("missing_field");
    case ErrorCode::WrongType: return QStringLiteral("wrong_type");
    case ErrorCode::FieldTooLong: return QStringLiteral("field_too_long");
    case ErrorCode::InvalidValue: return QStringLiteral("invalid_value");
    case ErrorCode::UnknownVocabularyKey: return QStringLiteral("unknown_vocabulary_key");
    case ErrorCode::UnknownMunicipality: return QStringLiteral("unknown_municipality");
    case ErrorCode::UnknownRegion: return QStringLiteral("unknown_region");
    case ErrorCode::InvalidUuid: return QStringLiteral("invalid_uuid");
    case ErrorCode::InvalidDate: return QStringLiteral("invalid_date");
    case ErrorCode::InvalidUrl: return QStringLiteral("invalid_url");
    case ErrorCode::DuplicateValue: return QStringLiteral("duplicate_value");
    case ErrorCode::UnsupportedSchema: return QStringLiteral("unsupported_schema");
    case ErrorCode::RequiredForReview: return QStringLiteral("required_for_review");
    case ErrorCode::TransitionNotAllowed: return QStringLiteral("transition_not_allowed");
    case ErrorCode::UnknownQueryField: return QStringLiteral("unknown_query_field");
    case ErrorCode::UnknownQueryValue: return QStringLiteral("unknown_query_value");
    case ErrorCode::AmbiguousQueryValue: return QStringLiteral("ambiguous_query_value");
    case ErrorCode::DatabaseOpenFailed: return QStringLiteral("database_open_failed");
    case ErrorCode::DatabaseQueryFailed: return QStringLiteral("database_query_failed");
    case ErrorCode::DatabaseTooNew: return QStringLiteral("database_too_new");
    case ErrorCode::MigrationFailed: return QStringLiteral("migration_failed");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::DiskFull: return QStringLiteral("disk_full");
    case ErrorCode::DatabaseLocked: return QStringLiteral("database_locked");
    case ErrorCode::FileOpenFailed: return QStringLiteral("file_open_failed");
    case ErrorCode::FileWriteFailed: return QStringLiteral("file_write_failed");
    case ErrorCode::ResourceMissing: return QStringLiteral("resource_missing");
    case ErrorCode::LineTooLong: return QStringLiteral("line_too_long");
    case ErrorCode::FileTooLarge: return QStringLiteral("file_too_large");
    case ErrorCode::UsageError: return QStringLiteral("usage_error");
    case ErrorCode::InternalError: return QStringLiteral("internal_error");
    case ErrorCode::InvalidCredentials: return QStringLiteral("invalid_credentials");
    case ErrorCode::TokenExpired: return QStringLiteral("token_expired");
    case ErrorCode::TokenInvalid: return QStringLiteral("token_invalid");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::Throttled: return QStringLiteral("throttled");
    case ErrorCode::PayloadTooLarge: return QStringLiteral("payload_too_large");
    case ErrorCode::AlreadyExists: return QStringLiteral("already_exists");
    case ErrorCode::AccountDisabled: return QStringLiteral("account_disabled");
    case ErrorCode::UnknownOrganisation: return QStringLiteral("unknown_organisation");
    case ErrorCode::InvalidRole: return QStringLiteral("invalid_role");
    case ErrorCode::NotFoundRoute: return QStringLiteral("no_such_endpoint");
    case ErrorCode::MethodNotAllowed: return QStringLiteral("method_not_allowed");
    case ErrorCode::EpochChanged: return QStringLiteral("epoch_changed");
    case ErrorCode::Overloaded: return QStringLiteral("overloaded");
    case ErrorCode::BlobHashMismatch: return QStringLiteral("blob_hash_mismatch");
    case ErrorCode::UploadOffsetMismatch: return QStringLiteral("upload_offset_mismatch");
    case ErrorCode::BlobMissing: return QStringLiteral("blob_missing");
    case ErrorCode::QuotaExceeded: return QStringLiteral("quota_exceeded");
    case ErrorCode::NetworkFailed: return QStringLiteral("network_failed");
    case ErrorCode::CertificateInvalid: return QStringLiteral("certificate_invalid");
    case ErrorCode::InsecureUrl: return QStringLiteral("insecure_url");
    case ErrorCode::ServerError: return QStringLiteral("server_error");
    case ErrorCode::ProtocolError: return QStringLiteral("protocol_error");
    case ErrorCode::NotLoggedIn: return QStringLiteral("not_logged_in");
    case ErrorCode::KeychainFailed: return QStringLiteral("keychain_failed");
    case ErrorCode::MassDeletion: return QStringLiteral("mass_deletion");
    }
    return QStringLiteral("unknown");
}

} // namespace Fb

QDebug operator<<(QDebug debug, const Fb::Error &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << Fb::errorCodeName(error.code);
    if (!error.path.isEmpty()) {
        debug << ", " << error.path;
    }
    if (!error.detail.isEmpty()) {
        debug << ", " << error.detail;
    }
    debug << ')';
    return debug;
}
