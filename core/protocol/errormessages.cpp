#include "errormessages.h"

#include "caserecord.h"

namespace Fb {

namespace {

QString base(ErrorCode code)
{
    using E = ErrorCode;
    switch (code) {
    case E::None: return ErrorMessages::tr("No error.");
    case E::InvalidJson: return ErrorMessages::tr("The text is not valid JSON.");
    case E::InvalidUtf8: return ErrorMessages::tr("The text is not valid UTF-8.");
    case E::NotAnObject: return ErrorMessages::tr("A case must be a JSON object.");
    case E::DocumentTooLarge: return ErrorMessages::tr("The case is too large.");
    case E::MissingField: return ErrorMessages::tr("A required field is empty.");
    case E::WrongType: return ErrorMessages::tr("A field has the wrong type.");
    case E::FieldTooLong: return ErrorMessages::tr("A field is too long.");
    case E::InvalidValue: return ErrorMessages::tr("A field has an invalid value.");
    case E::UnknownVocabularyKey: return ErrorMessages::tr("A value is not in the list of allowed values.");
    case E::UnknownMunicipality: return ErrorMessages::tr("Unknown municipality code.");
    case E::UnknownRegion: return ErrorMessages::tr("Unknown county code.");
    case E::InvalidUuid: return ErrorMessages::tr("The case id is not a valid UUID.");
    case E::InvalidDate: return ErrorMessages::tr("Invalid date.");
    case E::InvalidUrl: return ErrorMessages::tr("Invalid web address: only https:// and http:// are allowed.");
    case E::DuplicateValue: return ErrorMessages::tr("A value occurs twice.");
    case E::UnsupportedSchema: return ErrorMessages::tr("The case was written by a newer version of Framgångsbanken.");
    case E::RequiredForReview:
        return ErrorMessages::tr("This field must be filled in before the case can go to review or be published.");
    case E::TransitionNotAllowed:
        return ErrorMessages::tr("Your role does not allow moving the case to this review state.");
    case E::UnknownQueryField: return ErrorMessages::tr("There is no such search field.");
    case E::UnknownQueryValue: return ErrorMessages::tr("No value of the search field matches.");
    case E::AmbiguousQueryValue: return ErrorMessages::tr("Several values of the search field match.");
    case E::DatabaseOpenFailed: return ErrorMessages::tr("The local case bank could not be opened.");
    case E::DatabaseQueryFailed: return ErrorMessages::tr("The local case bank could not be read or written.");
    case E::DatabaseTooNew:
        return ErrorMessages::tr(
            "The local case bank was created by a newer version of Framgångsbanken. Update the program.");
    case E::MigrationFailed: return ErrorMessages::tr("The local case bank could not be upgraded; it is unchanged.");
    case E::NotFound: return ErrorMessages::tr("Not found.");
    case E::DiskFull: return ErrorMessages::tr("The disk is full. Nothing was saved; free some space and try again.");
    case E::DatabaseLocked: return ErrorMessages::tr("The local case bank is busy in another program. Try again.");
    case E::FileOpenFailed: return ErrorMessages::tr("The file could not be opened.");
    case E::FileWriteFailed: return ErrorMessages::tr("The file could not be written.");
    case E::ResourceMissing: return ErrorMessages::tr("A part of the program is missing. Reinstall Framgångsbanken.");
    case E::LineTooLong: return ErrorMessages::tr("The line is longer than any valid case.");
    case E::FileTooLarge:
        return ErrorMessages::tr("The file is larger than %1 MB, the largest attachment a case can have.")
            .arg(Attachment::MaxBytes / (1024 * 1024));
    case E::UsageError: return ErrorMessages::tr("Invalid command line.");
    case E::InternalError:
        return ErrorMessages::tr("Something went wrong in the server. Nothing was changed; try again later.");
    case E::InvalidCredentials: return ErrorMessages::tr("Wrong user name or password.");
    case E::TokenExpired: return ErrorMessages::tr("Your login has expired. Log in again.");
    case E::TokenInvalid: return ErrorMessages::tr("You are not logged in, or the login was revoked. Log in again.");
    case E::Forbidden: return ErrorMessages::tr("You do not have permission to do this.");
    case E::Throttled: return ErrorMessages::tr("Too many attempts. Wait a while and try again.");
    case E::PayloadTooLarge: return ErrorMessages::tr("The request is too large.");
    case E::AlreadyExists: return ErrorMessages::tr("It already exists.");
    case E::AccountDisabled: return ErrorMessages::tr("The account is disabled. Contact your administrator.");
    case E::UnknownOrganisation: return ErrorMessages::tr("Unknown organisation.");
    case E::InvalidRole: return ErrorMessages::tr("Unknown role: use lasare, redaktor, samordnare or administrator.");
    case E::NotFoundRoute: return ErrorMessages::tr("The server has no such endpoint.");
    case E::MethodNotAllowed: return ErrorMessages::tr("The server does not accept this method here.");
    case E::NetworkFailed:
        return ErrorMessages::tr("The server could not be reached. Your changes are kept; sync is tried again later.");
    case E::CertificateInvalid:
        return ErrorMessages::tr("The server's certificate could not be verified. Nothing was sent. Check the server "
                                 "address and your organisation's CA certificate.");
    case E::InsecureUrl:
        return ErrorMessages::tr(
            "Only https:// server addresses are allowed (http:// only to this computer, in developer mode).");
    case E::ServerError:
        return ErrorMessages::tr("The server answered with an error. Your changes are kept; try again later.");
    case E::ProtocolError:
        return ErrorMessages::tr("The server sent an answer this version of Framgångsbanken does not understand.");
    case E::NotLoggedIn: return ErrorMessages::tr("You are not logged in to a server. Log in first.");
    case E::MassDeletion:
        return ErrorMessages::tr("The server wants to remove many cases from your copy. Nothing was removed: "
                                 "confirm if that is expected.");
    case E::KeychainFailed:
        return ErrorMessages::tr(
            "The computer's keychain could not be used, so the login could not be stored or read.");
    case E::BlobHashMismatch:
        return ErrorMessages::tr(
            "The uploaded file did not match its checksum and was thrown away. It will be sent again.");
    case E::UploadOffsetMismatch:
        return ErrorMessages::tr("The upload continued from the wrong place; it will resume.");
    case E::BlobMissing: return ErrorMessages::tr("An attached file has not reached the server yet.");
    case E::QuotaExceeded:
        return ErrorMessages::tr("The server holds too many of your unfinished uploads. They are thrown away after a "
                                 "week; the files will be sent again then.");
    case E::Overloaded: return ErrorMessages::tr("The server is busy. Sync tries again shortly.");
    case E::EpochChanged:
        return ErrorMessages::tr(
            "The server's bank was restored or replaced. Your copy will be compared with it; nothing is lost.");
    }
    return ErrorMessages::tr("Unknown error.");
}

} // namespace

QString ErrorMessages::text(const Error &error)
{
    if (error.code == ErrorCode::MassDeletion) {
        // The detail is the number of cases, which belongs inside the sentence.
        return tr("The server wants to remove %n case(s) from your copy. Nothing was removed: confirm if that is "
                  "expected.",
                  nullptr,
                  error.detail.toInt());
    }
    // Search-field errors name the field and the value inside the sentence.
    switch (error.code) {
    case ErrorCode::UnknownQueryField:
        //: %1 what was typed before the colon, %2 the field names
        return tr("“%1” is not a search field. You can use: %2.").arg(error.path, error.detail);
    case ErrorCode::UnknownQueryValue:
        //: %1 the search field, %2 the value typed
        return tr("Nothing in %1 matches “%2”.").arg(error.path, error.detail);
    case ErrorCode::AmbiguousQueryValue:
        //: %1 the search field, %2 some of the values that match
        return tr("Several values in %1 match (%2); write more of the one you mean.").arg(error.path, error.detail);
    default: break;
    }
    QString message = base(error.code);
    if (!error.path.isEmpty()) {
        //: %1 is the message, %2 the field or file concerned
        message = tr("%1 (%2)").arg(message, error.path);
    }
    if (!error.detail.isEmpty()) {
        message += u' ' + error.detail;
    }
    return message;
}

} // namespace Fb
