#pragma once

#include <QDebug>
#include <QString>

namespace Fb {

// Stable error codes. Core reports these; the UI and the CLI turn them into translated text
// (ErrorMessages::text in fb_protocol). The numeric values are part of the CLI's --json output and of
// the sync protocol's error bodies, so never renumber: add at the end of a group.
enum class ErrorCode {
    None = 0,

    // Input: JSON and the case record (100-199)
    InvalidJson = 100,
    InvalidUtf8 = 101,
    NotAnObject = 102,
    DocumentTooLarge = 103,
    MissingField = 110,
    WrongType = 111,
    FieldTooLong = 112,
    InvalidValue = 113,
    UnknownVocabularyKey = 114,
    UnknownMunicipality = 115,
    UnknownRegion = 116,
    InvalidUuid = 117,
    InvalidDate = 118,
    InvalidUrl = 119,
    DuplicateValue = 120,
    UnsupportedSchema = 121,
    RequiredForReview = 122,
    TransitionNotAllowed = 123,
    UnknownQueryField = 124,
    UnknownQueryValue = 125,
    AmbiguousQueryValue = 126,

    // Storage (200-299)
    DatabaseOpenFailed = 200,
    DatabaseQueryFailed = 201,
    DatabaseTooNew = 202,
    MigrationFailed = 203,
    NotFound = 204,
    DiskFull = 205,
    DatabaseLocked = 206,

    // Files and resources (300-399)
    FileOpenFailed = 300,
    FileWriteFailed = 301,
    ResourceMissing = 302,
    LineTooLong = 303,
    FileTooLarge = 304,

    // Command line (400-499)
    UsageError = 400,

    // Server and accounts (500-599)
    InternalError = 500,
    InvalidCredentials = 501,
    TokenExpired = 502,
    TokenInvalid = 503,
    Forbidden = 504,
    Throttled = 505,
    PayloadTooLarge = 506,
    AlreadyExists = 507,
    AccountDisabled = 508,
    UnknownOrganisation = 509,
    InvalidRole = 510,
    NotFoundRoute = 511,
    MethodNotAllowed = 512,
    EpochChanged = 513,
    Overloaded = 514,
    BlobHashMismatch = 515,
    UploadOffsetMismatch = 516,
    BlobMissing = 517,
    QuotaExceeded = 518,

    // Sync client (600-699)
    NetworkFailed = 600,
    CertificateInvalid = 601,
    InsecureUrl = 602,
    ServerError = 603,
    ProtocolError = 604,
    NotLoggedIn = 605,
    KeychainFailed = 606,
    MassDeletion = 607,
};

// An error with its code, the field it concerns (a JSON path like "contacts[2].email", or empty)
// and a detail for logs and messages (never a secret, never a case body).
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString path;
    QString detail;

    bool operator==(const Error &) const = default;
};

// Stable machine name of a code ("invalid_utf8"), for --json output and logs.
QString errorCodeName(ErrorCode code);

} // namespace Fb

QDebug operator<<(QDebug debug, const Fb::Error &error);
