//! WebSocket operations (`x-websocket`): the client's connection and message stream, the
//! server's upgrade and pump.

#[cfg(feature = "client")]
pub use self::client::connect;
#[cfg(feature = "server")]
pub use self::server::{serve, upgrade};

#[cfg(feature = "client")]
mod client {
    use futures_util::{Stream, StreamExt as _};
    use serde::de::DeserializeOwned;
    use tokio_tungstenite::tungstenite::{self, client::IntoClientRequest as _, Message};

    use super::super::client::{websocket_message, Call, Error};

    /// Opens the WebSocket `call` describes and yields one decoded message per text or binary
    /// frame; the stream ends when the server closes the connection.
    pub async fn connect<T: DeserializeOwned, E>(
        call: Call<'_>,
    ) -> Result<impl Stream<Item = Result<T, Error<E>>>, Error<E>> {
        let operation = call.operation_name();
        let failed = move |source: tungstenite::Error| Error::WebSocket {
            operation,
            source: Box::new(source),
        };
        let (url, headers) = call.websocket::<E>()?;
        let mut request = url.into_client_request().map_err(failed)?;
        request.headers_mut().extend(headers);
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .map_err(failed)?;
        Ok(socket.filter_map(move |frame| async move {
            match frame {
                Ok(Message::Text(text)) => Some(websocket_message(operation, text.as_bytes())),
                Ok(Message::Binary(bytes)) => Some(websocket_message(operation, &bytes)),
                Ok(_) => None,
                Err(source) => Some(Err(failed(source))),
            }
        }))
    }
}

#[cfg(feature = "server")]
mod server {
    use axum::extract::ws::{close_code, CloseFrame, Message, WebSocket, WebSocketUpgrade};
    use axum::extract::FromRequest as _;
    use axum::response::Response;
    use futures_util::future::{select, Either};
    use futures_util::stream::BoxStream;
    use futures_util::StreamExt as _;

    use super::super::server::{Incoming, Problem};

    /// Accepts a WebSocket handshake, or answers why not.
    pub async fn upgrade(cx: Incoming) -> Result<WebSocketUpgrade, Problem> {
        WebSocketUpgrade::from_request(cx.into_request(), &())
            .await
            .map_err(|rejection| Problem::new(rejection.status(), rejection.body_text()))
    }

    /// Completes the upgrade and sends each message as a JSON text frame.
    pub fn serve<T: serde::Serialize + Send + 'static>(
        upgrade: WebSocketUpgrade,
        messages: BoxStream<'static, T>,
    ) -> Response {
        upgrade.on_upgrade(move |socket| pump(socket, messages))
    }

    /// Sends messages until the stream ends (then closes normally) or the client leaves.
    async fn pump<T: serde::Serialize>(mut socket: WebSocket, mut messages: BoxStream<'static, T>) {
        loop {
            let next = match select(messages.next(), std::pin::pin!(socket.recv())).await {
                Either::Left((message, _)) => Either::Left(message),
                Either::Right((incoming, _)) => Either::Right(incoming),
            };
            match next {
                Either::Left(Some(message)) => {
                    let Ok(text) = serde_json::to_string(&message) else {
                        break;
                    };
                    if socket.send(Message::Text(text.into())).await.is_err() {
                        return;
                    }
                }
                Either::Left(None) => break,
                Either::Right(Some(Ok(Message::Close(_))) | Some(Err(_)) | None) => return,
                Either::Right(Some(Ok(_))) => {}
            }
        }
        let close = CloseFrame {
            code: close_code::NORMAL,
            reason: "".into(),
        };
        let _ = socket.send(Message::Close(Some(close))).await;
    }
}
