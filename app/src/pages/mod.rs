//! One module per page. Each page is a component taking exactly the data it
//! shows; the server loads that data, checks permissions, and renders.

mod account;
mod errors;
mod home;
mod login;
mod password;
mod register;
mod verify;

pub use account::AccountPage;
pub use errors::ErrorPage;
pub use home::HomePage;
pub use login::LoginPage;
pub use password::{ForgotPasswordPage, ResetPasswordPage};
pub use register::{RegisterDonePage, RegisterPage};
pub use verify::{VerifyEmailPage, VerifyState};
