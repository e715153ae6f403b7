<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>mikro::auth</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation>Tu inicio de sesión no es válido. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign-in cannot be checked right now. Try again shortly.</source>
        <translation>No se puede verificar el inicio de sesión en este momento. Vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Tu inicio de sesión expiró. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The signing key is not usable.</source>
        <translation>La clave de firma no se puede usar.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::AuthSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::LoopbackReceiver</name>
    <message>
        <source>Mikro can&apos;t receive the sign-in reply: ports %1 are all in use.</source>
        <translation>Mikro no puede recibir la respuesta del inicio de sesión: los puertos %1 están todos en uso.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Inicio de sesión no reconocido</translation>
    </message>
    <message>
        <source>This sign-in was not started by this Mikro window. Return to Mikro and start again.</source>
        <translation>Este inicio de sesión no se inició desde esta ventana de Mikro. Vuelve a Mikro y empieza de nuevo.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Ya iniciaste sesión</translation>
    </message>
    <message>
        <source>This sign-in link was already used. You can close this window.</source>
        <translation>Este enlace de inicio de sesión ya se usó. Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>Return to Mikro to try again.</source>
        <translation>Vuelve a Mikro para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this window and return to Mikro.</source>
        <translation>Puedes cerrar esta ventana y volver a Mikro.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::PkceLogin</name>
    <message>
        <source>Sign-in timed out. Nothing was changed.</source>
        <translation>Se agotó el tiempo para iniciar sesión. No se cambió nada.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused. Try again.</source>
        <translation>El inicio de sesión se canceló o fue rechazado. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::SecretStore</name>
    <message>
        <source>Nothing is stored under that name.</source>
        <translation>No hay nada guardado con ese nombre.</translation>
    </message>
    <message>
        <source>The system keychain isn&apos;t available, so you stay signed in only until Mikro closes.</source>
        <translation>El llavero del sistema no está disponible, así que tu sesión solo seguirá iniciada hasta que se cierre Mikro.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema informó un error.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::TokenClient</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Tu sesión terminó. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check your connection.</source>
        <translation>No se puede acceder al servicio de inicio de sesión. Revisa tu conexión.</translation>
    </message>
    <message>
        <source>The sign-in service did not issue a session.</source>
        <translation>El servicio de inicio de sesión no emitió una sesión.</translation>
    </message>
</context>
<context>
    <name>mikro::client::ApiConnection</name>
    <message>
        <source>Enter the server&apos;s address starting with https:// (http:// only for a server on this computer).</source>
        <translation>Escribe la dirección del servidor empezando por https:// (http:// solo para un servidor en esta computadora).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Revisa tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Mikro did not send anything. Check the server address in Settings or ask your administrator.</source>
        <translation>El certificado del servidor no es de confianza, así que Mikro no envió nada. Revisa la dirección del servidor en Configuración o consulta a tu administrador.</translation>
    </message>
    <message>
        <source>Mikro cannot reach the server at %1. Check your connection, or the server address in Settings.</source>
        <translation>Mikro no puede conectar con el servidor en %1. Revisa tu conexión o la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again; if it happens again, tell your administrator.</source>
        <translation>El servidor rechazó la solicitud (HTTP %1). Inténtalo de nuevo; si vuelve a ocurrir, avisa a tu administrador.</translation>
    </message>
</context>
<context>
    <name>mikro::client::HttpBackend</name>
    <message>
        <source>Mikro server at %1</source>
        <translation>Servidor de Mikro en %1</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessBackend</name>
    <message>
        <source>Database %1</source>
        <translation>Base de datos %1</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessContext</name>
    <message>
        <source>Sign in first.</source>
        <translation>Primero inicia sesión.</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessSyncClient</name>
    <message>
        <source>No Tasking Manager is configured. Set its address in Settings, then try again.</source>
        <translation>No hay ningún Tasking Manager configurado. Indica su dirección en Configuración y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>mikro::client::JsonReader</name>
    <message>
        <source>The server&apos;s answer could not be read. Mikro and the server may be different versions: update Mikro, or tell your administrator.</source>
        <translation>No se pudo leer la respuesta del servidor. Puede que Mikro y el servidor sean de versiones distintas: actualiza Mikro o avisa a tu administrador.</translation>
    </message>
</context>
<context>
    <name>mikro::client::KeptReads</name>
    <message>
        <source>You are working offline. Sign in to read the latest.</source>
        <translation>Estás trabajando sin conexión. Inicia sesión para ver lo más reciente.</translation>
    </message>
</context>
<context>
    <name>mikro::client::OfflineChecklistsClient</name>
    <message>
        <source>&apos;%1&apos; was never created on the server, so this change was not applied.</source>
        <translation>«%1» nunca se creó en el servidor, así que este cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was already confirmed — nothing was lost.</source>
        <translation>El elemento %1 de «%2» ya estaba confirmado: no se perdió nada.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was already confirmed by %3 at %4 — nothing was lost.</source>
        <translation>El elemento %1 de «%2» ya lo había confirmado %3 a las %4: no se perdió nada.</translation>
    </message>
    <message>
        <source>%1 marked item %2 as not done before your confirmation arrived; it was not confirmed.</source>
        <translation>%1 marcó el elemento %2 como no hecho antes de que llegara tu confirmación; no se confirmó.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was confirmed before your change arrived; it stays done.</source>
        <translation>El elemento %1 de «%2» se confirmó antes de que llegara tu cambio; sigue como hecho.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; no longer exists; %n change(s) were not applied.</source>
        <translation>
            <numerusform>«%1» ya no existe; %n cambio no se aplicó.</numerusform>
            <numerusform>«%1» ya no existe; %n cambios no se aplicaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; no longer exists for %2; %n change(s) were not applied.</source>
        <translation>
            <numerusform>«%1» ya no existe para %2; %n cambio no se aplicó.</numerusform>
            <numerusform>«%1» ya no existe para %2; %n cambios no se aplicaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer confirm checklists; %n change(s) were not applied.</source>
        <translation>
            <numerusform>Ya no puedes confirmar listas de verificación; %n cambio no se aplicó.</numerusform>
            <numerusform>Ya no puedes confirmar listas de verificación; %n cambios no se aplicaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer work on this checklist; %n change(s) were not applied.</source>
        <translation>
            <numerusform>Ya no puedes trabajar en esta lista de verificación; %n cambio no se aplicó.</numerusform>
            <numerusform>Ya no puedes trabajar en esta lista de verificación; %n cambios no se aplicaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::client::OfflineStore</name>
    <message>
        <source>This computer&apos;s offline data cannot be opened.</source>
        <translation>No se pueden abrir los datos sin conexión de esta computadora.</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data was written by a newer Mikro. Update Mikro to use it.</source>
        <translation>Los datos sin conexión de esta computadora los escribió una versión más nueva de Mikro. Actualiza Mikro para usarlos.</translation>
    </message>
</context>
<context>
    <name>mikro::client::Tm4Slot</name>
    <message>
        <source>No Tasking Manager is configured for this connection. Set connection/tm4ApiUrl in the desktop&apos;s settings file, or connect through mikro-server.</source>
        <translation>No hay un Tasking Manager configurado para esta conexión. Defina connection/tm4ApiUrl en el archivo de configuración del escritorio, o conéctese a través de mikro-server.</translation>
    </message>
</context>
<context>
    <name>mikro::core::ConfigReader</name>
    <message>
        <source>Configuration error: %1.</source>
        <translation>Error de configuración: %1.</translation>
    </message>
</context>
<context>
    <name>mikro::core::Csv</name>
    <message>
        <source>The file is not valid CSV at line %1.</source>
        <translation>El archivo no es un CSV válido en la línea %1.</translation>
    </message>
</context>
<context>
    <name>mikro::core::Money</name>
    <message>
        <source>Enter an amount like 12.50: digits, at most two decimals, no signs or separators.</source>
        <translation>Ingresa un monto como 12.50: solo dígitos, con dos decimales como máximo, sin signos ni separadores.</translation>
    </message>
</context>
<context>
    <name>mikro::desktop::CommandLine</name>
    <message>
        <source>Mikro desktop.</source>
        <translation>Mikro de escritorio.</translation>
    </message>
    <message>
        <source>The Mikro server to use instead of the configured one (https, or http on this computer).</source>
        <translation>El servidor de Mikro que se usará en lugar del configurado (https, o http en este equipo).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Work in process on this SQLite file instead of a Mikro server (one person&apos;s own data).</source>
        <translation>Trabajar en proceso sobre este archivo SQLite en lugar de un servidor de Mikro (los datos propios de una persona).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
</context>
<context>
    <name>mikro::desktop::DesktopComposition</name>
    <message>
        <source>Your local data can&apos;t be opened: %1 Check that the data folder is writable, or choose a Mikro server in the connection settings.</source>
        <translation>No se pueden abrir tus datos locales: %1 Comprueba que se pueda escribir en la carpeta de datos o elige un servidor de Mikro en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation>Te damos la bienvenida a Mikro</translation>
    </message>
    <message>
        <source>Signed out on this computer; the session expires by itself.</source>
        <translation>Sesión cerrada en esta computadora; la sesión caduca por sí sola.</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer to work offline with. Sign in once with a connection first.</source>
        <translation>No hay nada guardado en esta computadora para trabajar sin conexión. Inicia sesión una vez con conexión primero.</translation>
    </message>
    <message>
        <source>Working offline. Sign in again to send your changes.</source>
        <translation>Trabajando sin conexión. Vuelve a iniciar sesión para enviar tus cambios.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::AccessPolicy</name>
    <message>
        <source>Finish your profile first: OSM username, payment email, city, country and the terms.</source>
        <translation>Primero completa tu perfil: nombre de usuario de OSM, correo electrónico de pago, ciudad, país y aceptación de los términos.</translation>
    </message>
    <message>
        <source>You are not part of an organisation yet.</source>
        <translation>Todavía no formas parte de ninguna organización.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Tu rol no te permite hacer esto.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::AuditTrail</name>
    <message>
        <source>Ask for 1 to 500 entries.</source>
        <translation>Solicita entre 1 y 500 entradas.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::BudgetCalculator</name>
    <message>
        <source>That project does not exist.</source>
        <translation>Ese proyecto no existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistAdmin</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Esa lista de verificación no existe.</translation>
    </message>
    <message>
        <source>This checklist was confirmed and credited; it stays.</source>
        <translation>Esta lista de verificación ya se confirmó y se acreditó; no se puede quitar.</translation>
    </message>
    <message>
        <source>This text is empty or too long.</source>
        <translation>Este texto está vacío o es demasiado largo.</translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation>Las tarifas no pueden ser negativas.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistBoard</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Esa lista de verificación no existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistComments</name>
    <message>
        <source>You are posting comments too fast. Wait a moment and try again.</source>
        <translation>Estás publicando comentarios demasiado rápido. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A comment of up to 2000 characters is required.</source>
        <translation>Se requiere un comentario de hasta 2000 caracteres.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Tu rol no te permite hacer esto.</translation>
    </message>
    <message>
        <source>Only its author or an admin deletes a comment.</source>
        <translation>Solo el autor de un comentario o un administrador puede eliminarlo.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistItems</name>
    <message>
        <source>Too many items.</source>
        <translation>Hay demasiados elementos.</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>Los números de los elementos empiezan en 1.</translation>
    </message>
    <message>
        <source>Every item needs a number from 1 and an action of up to 1000 characters.</source>
        <translation>Cada elemento necesita un número a partir de 1 y una acción de hasta 1000 caracteres.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Los enlaces deben ser direcciones http o https.</translation>
    </message>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Esa lista de verificación no existe.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>Una lista de verificación necesita al menos un elemento.</translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation>Ese elemento no existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistService</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Esa lista de verificación no existe.</translation>
    </message>
    <message>
        <source>A name of up to 255 characters is required.</source>
        <translation>Se requiere un nombre de hasta 255 caracteres.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation>Las tarifas no pueden ser negativas.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>Una lista de verificación necesita al menos un elemento.</translation>
    </message>
    <message>
        <source>Every item needs an action of up to 1000 characters.</source>
        <translation>Cada elemento necesita una acción de hasta 1000 caracteres.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Los enlaces deben ser direcciones http o https.</translation>
    </message>
    <message>
        <source>This checklist is not open.</source>
        <translation>Esta lista de verificación no está abierta.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Esa persona no existe.</translation>
    </message>
    <message>
        <source>This checklist was already started.</source>
        <translation>Esta lista de verificación ya se inició.</translation>
    </message>
    <message>
        <source>Only the checklist&apos;s owner ticks its items.</source>
        <translation>Solo el propietario de la lista de verificación puede marcar sus elementos.</translation>
    </message>
    <message>
        <source>A confirmed item cannot be unticked.</source>
        <translation>Un elemento confirmado no se puede desmarcar.</translation>
    </message>
    <message>
        <source>Someone else confirms your own checklist.</source>
        <translation>Otra persona debe confirmar tu propia lista de verificación.</translation>
    </message>
    <message>
        <source>This item was already confirmed.</source>
        <translation>Este elemento ya se confirmó.</translation>
    </message>
    <message>
        <source>The owner has not completed this item yet.</source>
        <translation>El propietario todavía no completó este elemento.</translation>
    </message>
    <message>
        <source>Every item must be completed first.</source>
        <translation>Primero hay que completar todos los elementos.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::CreditingService</name>
    <message>
        <source>That task does not exist.</source>
        <translation>Esa tarea no existe.</translation>
    </message>
    <message>
        <source>This task is not waiting for a review.</source>
        <translation>Esta tarea no está esperando una revisión.</translation>
    </message>
    <message>
        <source>Another admin has to decide on your own work.</source>
        <translation>Otro administrador tiene que decidir sobre tu propio trabajo.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::IdentityService</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation>Tu inicio de sesión no es válido. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an admin of your organisation to restore it.</source>
        <translation>Esta cuenta fue desactivada. Pide a un administrador de tu organización que la restablezca.</translation>
    </message>
    <message>
        <source>Your sign-in belongs to another organisation than your account. Ask an admin to move your account.</source>
        <translation>Tu inicio de sesión pertenece a una organización distinta de la de tu cuenta. Pide a un administrador que mueva tu cuenta.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No se encontró.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::LedgerHistory</name>
    <message>
        <source>Ask for 1 to 200 ledger lines at a time.</source>
        <translation>Pide entre 1 y 200 líneas del libro mayor a la vez.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>El desplazamiento no puede ser negativo.</translation>
    </message>
    <message>
        <source>This person is not in your organisation.</source>
        <translation>Esta persona no pertenece a su organización.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::OrganisationSettings</name>
    <message>
        <source>That organisation does not exist.</source>
        <translation>Esa organización no existe.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD.</source>
        <translation>Usa un código de moneda de tres letras, como USD.</translation>
    </message>
    <message>
        <source>The minimum payout cannot be negative.</source>
        <translation>El pago mínimo no puede ser negativo.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>The currency cannot change once the organisation has ledger entries.</source>
        <translation>La moneda no se puede cambiar una vez que la organización tiene asientos en el libro mayor.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::OsmUsernames</name>
    <message>
        <source>Another admin has to decide on your own change.</source>
        <translation>Otro administrador tiene que decidir sobre tu propio cambio.</translation>
    </message>
    <message>
        <source>That person has no OSM username change waiting.</source>
        <translation>Esa persona no tiene ningún cambio de nombre de usuario de OSM pendiente.</translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation>Ese nombre de usuario de OSM ya está en uso.</translation>
    </message>
    <message>
        <source>Changing your OSM username needs an organisation to approve it.</source>
        <translation>Para cambiar tu nombre de usuario de OSM, una organización tiene que aprobarlo.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PaymentRecords</name>
    <message>
        <source>There is no such payout request.</source>
        <translation>No existe esa solicitud de pago.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PayoutService</name>
    <message>
        <source>That payout request does not exist.</source>
        <translation>Esa solicitud de pago no existe.</translation>
    </message>
    <message>
        <source>This request was already paid, rejected or cancelled.</source>
        <translation>Esta solicitud ya fue pagada, rechazada o cancelada.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>You already have a payout request waiting.</source>
        <translation>Ya tienes una solicitud de pago pendiente.</translation>
    </message>
    <message>
        <source>There is nothing to pay out yet.</source>
        <translation>Todavía no hay nada para pagar.</translation>
    </message>
    <message>
        <source>Your payable amount is below your organisation&apos;s minimum payout.</source>
        <translation>Tu monto por cobrar es inferior al pago mínimo de tu organización.</translation>
    </message>
    <message>
        <source>The amount paid must be more than zero and at most the amount requested.</source>
        <translation>El monto pagado debe ser mayor que cero y no superar el monto solicitado.</translation>
    </message>
    <message>
        <source>That transfer reference was already used in your organisation.</source>
        <translation>Esa referencia de transferencia ya se usó en tu organización.</translation>
    </message>
    <message>
        <source>An adjustment cannot be zero.</source>
        <translation>Un ajuste no puede ser cero.</translation>
    </message>
    <message>
        <source>A valid operation key is required.</source>
        <translation>Se requiere una clave de operación válida.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Esa persona no existe.</translation>
    </message>
    <message>
        <source>This operation key was already used for another change.</source>
        <translation>Esta clave de operación ya se usó para otro cambio.</translation>
    </message>
    <message>
        <source>The amount must be more than zero and at most the payable amount.</source>
        <translation>El monto debe ser mayor que cero y no superar el monto por cobrar.</translation>
    </message>
    <message>
        <source>This person already has a payout request waiting.</source>
        <translation>Esta persona ya tiene una solicitud de pago pendiente.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>Ese proyecto no existe.</translation>
    </message>
    <message>
        <source>Money for your own account needs another admin of your organisation.</source>
        <translation>Los movimientos de dinero en tu propia cuenta debe hacerlos otro administrador de tu organización.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PeopleService</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>This text holds control characters.</source>
        <translation>Este texto contiene caracteres de control.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Esa persona no existe.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Ingresa una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Accept the terms to continue.</source>
        <translation>Acepta los términos para continuar.</translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation>Ese nombre de usuario de OSM ya está en uso.</translation>
    </message>
    <message>
        <source>An organisation needs at least one admin.</source>
        <translation>Una organización necesita al menos un administrador.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puedes desactivar tu propia cuenta.</translation>
    </message>
    <message>
        <source>This person is already deactivated.</source>
        <translation>Esta persona ya está desactivada.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PersonWorkQuery</name>
    <message>
        <source>That person does not exist.</source>
        <translation>Esa persona no existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectMembership</name>
    <message>
        <source>That person is not a member of this project.</source>
        <translation>Esa persona no es miembro de este proyecto.</translation>
    </message>
    <message>
        <source>This project cannot be joined.</source>
        <translation>No es posible unirse a este proyecto.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Esa persona no existe.</translation>
    </message>
    <message>
        <source>Validating needs the validator role.</source>
        <translation>Para validar se necesita el rol de validador.</translation>
    </message>
    <message>
        <source>The project&apos;s required trainings are not all passed yet.</source>
        <translation>Todavía no se aprobaron todas las capacitaciones que requiere el proyecto.</translation>
    </message>
    <message>
        <source>This project is full.</source>
        <translation>Este proyecto ya está lleno.</translation>
    </message>
    <message>
        <source>Already a member of this project.</source>
        <translation>Ya es miembro de este proyecto.</translation>
    </message>
    <message>
        <source>Ask an admin to leave this project.</source>
        <translation>Para salir de este proyecto, pídeselo a un administrador.</translation>
    </message>
    <message>
        <source>You are not a member of this project.</source>
        <translation>No eres miembro de este proyecto.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectRequirements</name>
    <message>
        <source>Give at most 50 training ids, each a positive number.</source>
        <translation>Indica como máximo 50 ID de capacitación, cada uno un número positivo.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>Ese proyecto no existe.</translation>
    </message>
    <message>
        <source>That training does not exist.</source>
        <translation>Esa capacitación no existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectService</name>
    <message>
        <source>That project does not exist.</source>
        <translation>Ese proyecto no existe.</translation>
    </message>
    <message>
        <source>Rates must be at least 0.01.</source>
        <translation>Las tarifas deben ser de al menos 0.01.</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>El presupuesto es demasiado alto.</translation>
    </message>
    <message>
        <source>Paste the Tasking Manager project&apos;s address, ending in its number.</source>
        <translation>Pega la dirección del proyecto en el Tasking Manager, que termina en su número.</translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation>Los límites no pueden ser negativos.</translation>
    </message>
    <message>
        <source>That project is already in Mikro.</source>
        <translation>Ese proyecto ya está en Mikro.</translation>
    </message>
    <message>
        <source>The limit is below the people already assigned.</source>
        <translation>El límite es menor que la cantidad de personas ya asignadas.</translation>
    </message>
    <message>
        <source>People were paid for this project; deactivate it instead.</source>
        <translation>Ya se pagó a personas por este proyecto; desactívalo en su lugar.</translation>
    </message>
    <message>
        <source>Give a difficulty of 1 to 50 characters.</source>
        <translation>Indica una dificultad de 1 a 50 caracteres.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ReconciliationService</name>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation>Línea %1 del archivo: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>falta la columna “%1”</translation>
    </message>
    <message>
        <source>it has fewer columns than the header</source>
        <translation>tiene menos columnas que el encabezado</translation>
    </message>
    <message>
        <source>the request id is not a number</source>
        <translation>el ID de la solicitud no es un número</translation>
    </message>
    <message>
        <source>the amount is not like 12.50</source>
        <translation>el monto no tiene el formato 12.50</translation>
    </message>
    <message>
        <source>a paid row needs a transfer reference</source>
        <translation>una fila pagada necesita una referencia de transferencia</translation>
    </message>
    <message>
        <source>Requests changed since the preview: %1 rows match now, not %2. Nothing was paid; check the preview again.</source>
        <translation>Las solicitudes cambiaron desde la vista previa: ahora coinciden %1 filas, no %2. No se pagó nada; revisa la vista previa otra vez.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingCatalog</name>
    <message>
        <source>That training does not exist.</source>
        <translation>Esa capacitación no existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingService</name>
    <message>
        <source>That training does not exist.</source>
        <translation>Esa capacitación no existe.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>Choose Mapping, Validation or Project.</source>
        <translation>Elige Mapeo, Validación o Proyecto.</translation>
    </message>
    <message>
        <source>The pass mark is a percentage.</source>
        <translation>La nota mínima para aprobar es un porcentaje.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Los enlaces deben ser direcciones http o https.</translation>
    </message>
    <message>
        <source>A training needs at least one question.</source>
        <translation>Una capacitación necesita al menos una pregunta.</translation>
    </message>
    <message>
        <source>Each question needs one correct answer and at least one wrong one.</source>
        <translation>Cada pregunta necesita una respuesta correcta y al menos una incorrecta.</translation>
    </message>
    <message>
        <source>Answer every question.</source>
        <translation>Responde todas las preguntas.</translation>
    </message>
    <message>
        <source>An answer does not belong to its question.</source>
        <translation>Una respuesta no corresponde a su pregunta.</translation>
    </message>
    <message>
        <source>Pass the training&apos;s quiz first.</source>
        <translation>Primero aprueba el cuestionario de la capacitación.</translation>
    </message>
    <message numerus="yes">
        <source>You have used today&apos;s %n quiz attempt(s) for this training. Review the material and try again later.</source>
        <translation>
            <numerusform>Ya usaste tu %n intento diario del cuestionario de esta capacitación. Repasa el material y vuelve a intentarlo más tarde.</numerusform>
            <numerusform>Ya usaste tus %n intentos diarios del cuestionario de esta capacitación. Repasa el material y vuelve a intentarlo más tarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::http</name>
    <message>
        <source>The server is busy. Try again shortly.</source>
        <translation>El servidor está ocupado. Vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Acción desconocida.</translation>
    </message>
    <message>
        <source>This action does not accept that method.</source>
        <translation>Esta acción no acepta ese método.</translation>
    </message>
    <message>
        <source>Too many connections from your address. Close some and try again.</source>
        <translation>Hay demasiadas conexiones desde tu dirección. Cierra algunas e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpConnection</name>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>La solicitud tardó demasiado en llegar.</translation>
    </message>
    <message>
        <source>The request path is not valid.</source>
        <translation>La ruta de la solicitud no es válida.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Error interno del servidor</translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>No se puede escuchar en %1:%2.</translation>
    </message>
</context>
<context>
    <name>mikro::http::RequestReader</name>
    <message>
        <source>The request has the %1 header more than once.</source>
        <translation>La solicitud tiene el encabezado %1 más de una vez.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is accepted.</source>
        <translation>Solo se acepta la codificación de transferencia chunked.</translation>
    </message>
    <message>
        <source>The request has both Transfer-Encoding and Content-Length.</source>
        <translation>La solicitud tiene Transfer-Encoding y Content-Length a la vez.</translation>
    </message>
    <message>
        <source>The request body is larger than allowed.</source>
        <translation>El cuerpo de la solicitud supera el tamaño permitido.</translation>
    </message>
    <message>
        <source>The request headers are larger than allowed.</source>
        <translation>Los encabezados de la solicitud superan el tamaño permitido.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP.</source>
        <translation>La solicitud no tiene un formato HTTP válido.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Solo se admiten HTTP/1.0 y HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>mikro::models::AuditEntities</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Payout request</source>
        <translation>Solicitud de pago</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>mikro::models::ChecklistAssignmentsModel</name>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Estancada</translation>
    </message>
</context>
<context>
    <name>mikro::models::ChecklistTemplatesModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>mikro::models::Columns</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Nota de la decisión</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referencia de transferencia</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>Request #</source>
        <translation>Solicitud N.º</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>TM4 #</source>
        <translation>N.º TM4</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Mi rol</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Tarifa de mapeo</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>My mapped</source>
        <translation>Mapeadas por mí</translation>
    </message>
    <message>
        <source>My validated</source>
        <translation>Mías validadas</translation>
    </message>
    <message>
        <source>My earnings</source>
        <translation>Mis ganancias</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>My best score</source>
        <translation>Mi mejor puntaje</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>Requerida por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Mi pago</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Amount in file</source>
        <translation>Monto en el archivo</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Monto solicitado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>Nombre de usuario de OSM</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tareas mapeadas</translation>
    </message>
    <message>
        <source>Task earnings</source>
        <translation>Ganancias por tareas</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID de la entidad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Task #</source>
        <translation>Tarea n.º</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Mapeada por</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validada por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validada el</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Resuelto por</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Validated %</source>
        <translation>% validado</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editores</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>Missing training</source>
        <translation>Capacitación pendiente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Estancada</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tarifa de finalización</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Exigida por</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Eventos nuevos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapeadas</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validadas</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Mejor puntuación</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Validated by me</source>
        <translation>Validadas por mí</translation>
    </message>
    <message>
        <source>Invalidated by me</source>
        <translation>Invalidadas por mí</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>mikro::models::EarningsByKindModel</name>
    <message>
        <source>Mapping</source>
        <translation>Mapeo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>mikro::models::ImportPreviewModel</name>
    <message>
        <source>%1 (changed meanwhile)</source>
        <translation>%1 (cambió mientras tanto)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Ya pagada</translation>
    </message>
    <message>
        <source>Already paid (#%1, %2)</source>
        <translation>Ya pagada (n.º %1, %2)</translation>
    </message>
    <message>
        <source>Unknown request</source>
        <translation>Solicitud desconocida</translation>
    </message>
    <message>
        <source>Not pending</source>
        <translation>No pendiente</translation>
    </message>
    <message>
        <source>Not pending (%1)</source>
        <translation>No pendiente (%1)</translation>
    </message>
    <message>
        <source>Email differs</source>
        <translation>El correo difiere</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>El monto difiere</translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation>La moneda difiere</translation>
    </message>
    <message>
        <source>Failed at provider</source>
        <translation>Falló en el proveedor</translation>
    </message>
    <message>
        <source>Reference already used</source>
        <translation>Referencia ya usada</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Repite una fila anterior</translation>
    </message>
    <message>
        <source>Your own request: another admin pays it</source>
        <translation>Tu propia solicitud: la paga otro administrador</translation>
    </message>
</context>
<context>
    <name>mikro::models::LedgerModel</name>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>%1 · task #%2</source>
        <translation>%1 · tarea n.º %2</translation>
    </message>
</context>
<context>
    <name>mikro::models::MoneyText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Escribe un monto.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Escribe un monto como %1.</translation>
    </message>
    <message>
        <source>Use at most two decimals.</source>
        <translation>Usa como máximo dos decimales.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Escribe un monto de cero o más.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Escribe un monto mayor que cero.</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Escribe un monto distinto de cero.</translation>
    </message>
    <message>
        <source>Enter an amount from %1 to %2.</source>
        <translation>Escribe un monto de %1 a %2.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Escribe como máximo %1.</translation>
    </message>
</context>
<context>
    <name>mikro::models::MyChecklistsModel</name>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · Vencida</translation>
    </message>
</context>
<context>
    <name>mikro::models::OrgPayoutsModel</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>mikro::models::OrgProjectsModel</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Sobre el presupuesto</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>mikro::models::PaidPeriod</name>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
</context>
<context>
    <name>mikro::models::PendingChangesModel</name>
    <message>
        <source>a checklist</source>
        <translation>una lista de verificación</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Mark item %1 of %2 done</source>
        <translation>Marcar el elemento %1 de %2 como hecho</translation>
    </message>
    <message>
        <source>Mark item %1 of %2 not done</source>
        <translation>Marcar el elemento %1 de %2 como no hecho</translation>
    </message>
    <message>
        <source>Confirm item %1 of %2</source>
        <translation>Confirmar el elemento %1 de %2</translation>
    </message>
    <message>
        <source>Confirm item %1 of %2 for %3</source>
        <translation>Confirmar el elemento %1 de %2 de %3</translation>
    </message>
    <message>
        <source>Comment on %1: “%2”</source>
        <translation>Comentario en %1: «%2»</translation>
    </message>
    <message>
        <source>Delete your comment on %1</source>
        <translation>Borrar tu comentario en %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Retrying at %1, attempt %2</source>
        <translation>Reintento a las %1, intento %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>mikro::models::PersonWorkModels</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProjectMembersModel</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProjectsModel</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>faltan %1</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProviderFile</name>
    <message>
        <source>The file is empty: a provider&apos;s result file starts with a header row.</source>
        <translation>El archivo está vacío: el archivo de resultados de un proveedor empieza con una fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>mikro::models::RecordTableModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
</context>
<context>
    <name>mikro::models::ReviewChecklistsModel</name>
    <message>
        <source>Stale</source>
        <translation>Estancada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>mikro::models::StatusWords</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Checklist validation</source>
        <translation>Validación de lista de verificación</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Unknown validator</source>
        <translation>Validador desconocido</translation>
    </message>
    <message>
        <source>Self-validation</source>
        <translation>Autovalidación</translation>
    </message>
    <message>
        <source>Validator without the validator role</source>
        <translation>Validador sin el rol de validador</translation>
    </message>
    <message>
        <source>Not a project member</source>
        <translation>No es miembro del proyecto</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncProjectsModel</name>
    <message>
        <source>Listing tasks…</source>
        <translation>Listando tareas…</translation>
    </message>
    <message>
        <source>Fetching histories %1 / %2</source>
        <translation>Obteniendo historiales %1 / %2</translation>
    </message>
    <message>
        <source>Running elsewhere until %1</source>
        <translation>En curso en otra instancia hasta las %1</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncRunsModel</name>
    <message>
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programada</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncWords</name>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Exitosa</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not synced: no members</source>
        <translation>Sin sincronizar: sin miembros</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running elsewhere</source>
        <translation>En curso en otra instancia</translation>
    </message>
</context>
<context>
    <name>mikro::models::TrainingsModel</name>
    <message>
        <source>Passed %1</source>
        <translation>Aprobada el %1</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobada</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Sin intentos</translation>
    </message>
</context>
<context>
    <name>mikro::models::UsersModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>mikro::models::WeeklyTasksModel</name>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
</context>
<context>
    <name>mikro::store</name>
    <message>
        <source>That already exists.</source>
        <translation>Eso ya existe.</translation>
    </message>
    <message>
        <source>The change conflicts with the stored data and was not made.</source>
        <translation>El cambio entra en conflicto con los datos guardados y no se realizó.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Try again shortly.</source>
        <translation>No se puede acceder a la base de datos en este momento. Vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
</context>
<context>
    <name>mikro::store::AppliedOperations</name>
    <message>
        <source>This operation could not be applied; try again.</source>
        <translation>Esta operación no se pudo aplicar; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another request. Send a new key for a new change.</source>
        <translation>Esta Idempotency-Key ya se usó para otra solicitud. Envía una clave nueva para un cambio nuevo.</translation>
    </message>
    <message>
        <source>This operation is still being applied; try again.</source>
        <translation>Esta operación todavía se está aplicando; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>mikro::store::Migrator</name>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation>No se pudo preparar el esquema de la base de datos.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncEngine</name>
    <message>
        <source>The request to the Tasking Manager was cancelled.</source>
        <translation>La solicitud al Tasking Manager se canceló.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>Ese proyecto no existe.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La sincronización se canceló.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be synchronised and will be tried again: %1</source>
        <translation>
            <numerusform>%n tarea no se pudo sincronizar y se volverá a intentar: %1</numerusform>
            <numerusform>%n tareas no se pudieron sincronizar y se volverán a intentar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Tu rol no te permite hacer esto.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncRuns</name>
    <message>
        <source>This project is being synchronised already. Its figures update when that sync ends.</source>
        <translation>Este proyecto ya se está sincronizando. Sus cifras se actualizarán cuando termine esa sincronización.</translation>
    </message>
    <message>
        <source>This sync took too long and another one took over the project.</source>
        <translation>Esta sincronización tardó demasiado y otra tomó el control del proyecto.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncScheduler</name>
    <message>
        <source>Only admins ask for a full sync.</source>
        <translation>Solo los administradores piden una sincronización completa.</translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Parser</name>
    <message>
        <source>The Tasking Manager sent a reply Mikro cannot read (%1).</source>
        <translation>El Tasking Manager envió una respuesta que Mikro no puede leer (%1).</translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Transport</name>
    <message>
        <source>The Tasking Manager did not answer. Mikro will try again at the next sync.</source>
        <translation>El Tasking Manager no respondió. Mikro volverá a intentarlo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The Tasking Manager has no such project or task.</source>
        <translation>Ese proyecto o esa tarea no existe en el Tasking Manager.</translation>
    </message>
    <message>
        <source>The Tasking Manager refused Mikro&apos;s token. Ask an administrator to check TM4_API_TOKEN and TM4_AUTH_SCHEME.</source>
        <translation>El Tasking Manager rechazó el token de Mikro. Pide a un administrador que revise TM4_API_TOKEN y TM4_AUTH_SCHEME.</translation>
    </message>
    <message>
        <source>The Tasking Manager answered with an unexpected status (%1).</source>
        <translation>El Tasking Manager respondió con un estado inesperado (%1).</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>Aún sin organización</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Aceptados el %1</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>Aún no aceptados</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Your sign-in is remembered in the system keychain.</source>
        <translation>Tu inicio de sesión se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Kept in memory only: the system keychain isn&apos;t available.</source>
        <translation>Solo se guarda en memoria: el llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email (from your sign-in account)</source>
        <translation>Correo electrónico (de tu cuenta de inicio de sesión)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>Nombre de usuario de OSM</translation>
    </message>
    <message>
        <source>Payment email</source>
        <translation>Correo de pago</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Términos del servicio</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tareas mapeadas</translation>
    </message>
    <message>
        <source>Tasks validated</source>
        <translation>Tareas validadas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Puntos de capacitación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Enter your OSM username (at most %1 characters).</source>
        <translation>Escribe tu nombre de usuario de OSM (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Enter a payment email such as name@example.com.</source>
        <translation>Escribe un correo de pago como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Repeat the new payment email.</source>
        <translation>Repite el nuevo correo de pago.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Elige tu país de la lista.</translation>
    </message>
    <message>
        <source>Enter your city (at most %1 characters).</source>
        <translation>Escribe tu ciudad (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Change your details?</source>
        <translation>¿Cambiar tus datos?</translation>
    </message>
    <message>
        <source>Tasking Manager work is credited by username. From the next sync, tasks by &apos;%1&apos; are credited to you; earnings already credited stay.</source>
        <translation>El trabajo del Tasking Manager se acredita por nombre de usuario. Desde la siguiente sincronización, las tareas de &apos;%1&apos; se te acreditan a ti; las ganancias ya acreditadas se mantienen.</translation>
    </message>
    <message>
        <source>Future payouts, including your pending request, go to %1.</source>
        <translation>Los pagos futuros, incluida tu solicitud pendiente, van a %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Your details were saved</source>
        <translation>Tus datos se guardaron</translation>
    </message>
    <message>
        <source>Your details were saved; the OSM username &apos;%1&apos; waits for an admin&apos;s approval</source>
        <translation>Tus datos se guardaron; el nombre de usuario de OSM &apos;%1&apos; espera la aprobación de un administrador</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Repeat payment email</source>
        <translation>Repite el correo de pago</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AdjustmentDialog</name>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Crédito</translation>
    </message>
    <message>
        <source>&amp;Debit</source>
        <translation>&amp;Débito</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>La persona lo verá</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otivo</translation>
    </message>
    <message>
        <source>Record adjustment</source>
        <translation>Registrar ajuste</translation>
    </message>
    <message>
        <source>Recording the adjustment…</source>
        <translation>Registrando el ajuste…</translation>
    </message>
    <message>
        <source>Payable becomes negative (%1): %2 cannot request a payout until it is positive again.</source>
        <translation>El saldo por cobrar queda negativo (%1): %2 no puede solicitar un pago hasta que vuelva a ser positivo.</translation>
    </message>
    <message>
        <source>Debit %1 %2? Payable becomes %3.</source>
        <translation>¿Debitar %2 a %1? El saldo por cobrar queda en %3.</translation>
    </message>
    <message>
        <source>Credit %1 %2? Payable becomes %3.</source>
        <translation>¿Acreditar %2 a %1? El saldo por cobrar queda en %3.</translation>
    </message>
    <message>
        <source>Payable becomes negative.</source>
        <translation>El saldo por cobrar queda negativo.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AssignChecklistDialog</name>
    <message>
        <source>Assign &apos;%1&apos;</source>
        <translation>Asignar “%1”</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Reading the people…</source>
        <translation>Leyendo las personas…</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>esperando confirmación</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 — has it (%2)</source>
        <translation>%1 — ya la tiene (%2)</translation>
    </message>
    <message>
        <source>Everyone already has this checklist.</source>
        <translation>Todos ya tienen esta lista de verificación.</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %n people</source>
        <translation>
            <numerusform>Asignar a %n persona</numerusform>
            <numerusform>Asignar a %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the template first: only active templates can be assigned.</source>
        <translation>Active primero la plantilla: solo las plantillas activas se pueden asignar.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n people.</source>
        <translation>
            <numerusform>Asignada a %n persona.</numerusform>
            <numerusform>Asignada a %n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people could not be assigned.</source>
        <translation>
            <numerusform>No se pudo asignar a %n persona.</numerusform>
            <numerusform>No se pudo asignar a %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1 of %2…</source>
        <translation>Asignando %1 de %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Older entries could not be loaded: %1</source>
        <translation>No se pudieron cargar las entradas anteriores: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>registro-de-auditoria.csv</translation>
    </message>
    <message>
        <source>Reading entries…</source>
        <translation>Leyendo las entradas…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>The audit log could not be read for the export: %1</source>
        <translation>No se pudo leer el registro de auditoría para exportarlo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read…</source>
        <translation>
            <numerusform>%n entrada leída…</numerusform>
            <numerusform>%n entradas leídas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1. Choose another folder.</source>
        <translation>No se pudo guardar el registro de auditoría en %1. Elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entrada exportada a %1</numerusform>
            <numerusform>%n entradas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Cualquier entidad</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Search inside details…</source>
        <translation>Buscar en los detalles…</translation>
    </message>
    <message>
        <source>Search inside details</source>
        <translation>Buscar en los detalles</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalles de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Details as JSON</source>
        <translation>Detalles en JSON</translation>
    </message>
    <message>
        <source>Show raw</source>
        <translation>Mostrar JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>No admin changes in this period.</source>
        <translation>No hay cambios de administración en este período.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Banner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <source>Maps in the projects they are assigned to, and is paid for it.</source>
        <translation>Mapea en los proyectos que tiene asignados y cobra por ello.</translation>
    </message>
    <message>
        <source>Also validates tasks and confirms other people&apos;s checklists.</source>
        <translation>Además valida tareas y confirma las listas de verificación de otras personas.</translation>
    </message>
    <message>
        <source>Also manages people, projects and payments of the organisation.</source>
        <translation>Además administra las personas, los proyectos y los pagos de la organización.</translation>
    </message>
    <message>
        <source>Mikro uses the new role from now on; when the sign-in service is connected it is updated there too.</source>
        <translation>Mikro usa el nuevo rol desde ahora; cuando el servicio de inicio de sesión esté conectado, también se actualizará allí.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChecklistDetail</name>
    <message>
        <source>Reward %1 on confirmation</source>
        <translation>Recompensa de %1 al confirmarse</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Creada por %1</translation>
    </message>
    <message>
        <source>All items done. A validator confirms them; once every item is confirmed you are credited %1.</source>
        <translation>Todos los elementos están hechos. Un validador los confirma; cuando todos estén confirmados se te acreditan %1.</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2. You were credited %3.</source>
        <translation>Confirmada el %1 por %2. Se te acreditaron %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Confirmed by %1 %2</source>
        <translation>Confirmado por %1 el %2</translation>
    </message>
    <message>
        <source>Confirmed items cannot be changed.</source>
        <translation>Los elementos confirmados no se pueden cambiar.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Comments (the newest %1 of %2)</source>
        <translation>Comentarios (los %1 más recientes de %2)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Enter)</source>
        <translation>Publicar el comentario (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Agrega un comentario</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Elementos de la lista de verificación</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2.</source>
        <translation>Confirmada %1 por %2.</translation>
    </message>
    <message>
        <source>Confirming the last item credits %1 %2 and you %3. Confirming is final.</source>
        <translation>Confirmar el último elemento acredita %2 a %1 y %3 a ti. La confirmación es definitiva.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no está hecho</translation>
    </message>
    <message>
        <source>Delete your comment?</source>
        <translation>¿Eliminar tu comentario?</translation>
    </message>
    <message>
        <source>Delete this comment? Validators will no longer see it.</source>
        <translation>¿Eliminar este comentario? Los validadores ya no lo verán.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Keep comment</source>
        <translation>Conservar comentario</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChecklistTemplateDialog</name>
    <message>
        <source>D&amp;ue date</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <source>&amp;Visible — people may start it themselves</source>
        <translation>&amp;Visible: las personas pueden iniciarla por su cuenta</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Ac&amp;tiva</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir elemento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>Nueva plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Edit checklist template</source>
        <translation>Editar plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tarifa de finalización</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validación</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Only active templates can be started or assigned.</source>
        <translation>Solo las plantillas activas se pueden iniciar o asignar.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Arriba</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Completion rate, paid to the person</source>
        <translation>Tarifa de &amp;finalización, pagada a la persona</translation>
    </message>
    <message>
        <source>Validation rate, &amp;paid to the confirming validator</source>
        <translation>Tarifa de validación, &amp;pagada al validador que confirma</translation>
    </message>
    <message>
        <source>Di&amp;fficulty</source>
        <translation>Di&amp;ficultad</translation>
    </message>
    <message>
        <source>Item changes also reach checklists already started and not yet confirmed; an item someone has had confirmed stays as it was. Rate changes apply to every checklist not yet fully confirmed.</source>
        <translation>Los cambios de elementos también llegan a las listas ya iniciadas y aún no confirmadas; un elemento que ya se confirmó a alguien queda como estaba. Los cambios de tarifa se aplican a toda lista que aún no esté confirmada por completo.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dé un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La descripción tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Both rates are amounts of 0.00 or more.</source>
        <translation>Ambas tarifas son montos de 0.00 o más.</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>La fecha de vencimiento ya pasó.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Añada al menos un elemento.</translation>
    </message>
    <message>
        <source>Item %1 has no action.</source>
        <translation>El elemento %1 no tiene acción.</translation>
    </message>
    <message>
        <source>Item %1 is longer than %2 characters.</source>
        <translation>El elemento %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The link of item %1 is not an http or https address.</source>
        <translation>El enlace del elemento %1 no es una dirección http o https.</translation>
    </message>
    <message>
        <source>Creating the template…</source>
        <translation>Creando la plantilla…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>mikro::ui::DashboardLists</name>
    <message>
        <source>Training %1</source>
        <translation>Capacitación %1</translation>
    </message>
    <message>
        <source>Pass “%1” (required for %2)</source>
        <translation>Aprueba «%1» (requerida por %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items done</source>
        <translation>%1: %2 de %3 elementos hechos</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Your request for %1 was rejected.</source>
        <translation>Tu solicitud de %1 fue rechazada.</translation>
    </message>
    <message>
        <source>Your request for %1 was rejected: %2</source>
        <translation>Tu solicitud de %1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Nada pendiente por ahora.</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>Mis proyectos</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Tarifa de mapeo</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validación</translation>
    </message>
    <message>
        <source>You&apos;re not on a project yet. An admin adds people to projects; required training is under Training.</source>
        <translation>Aún no estás en ningún proyecto. Un administrador agrega personas a los proyectos; la capacitación requerida está en Capacitación.</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir en el Tasking Manager</translation>
    </message>
</context>
<context>
    <name>mikro::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapeadas</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validadas</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tareas mapeadas</translation>
    </message>
    <message>
        <source>Tasks validated</source>
        <translation>Tareas validadas</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Proyectos activos</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Minimum payout %1</source>
        <translation>Pago mínimo %1</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 este mes</translation>
    </message>
    <message>
        <source>%1 invalidated</source>
        <translation>%1 invalidadas</translation>
    </message>
    <message>
        <source>Adjustments %1</source>
        <translation>Ajustes %1</translation>
    </message>
    <message>
        <source>No open request</source>
        <translation>Ninguna solicitud abierta</translation>
    </message>
    <message>
        <source>Requested on %1</source>
        <translation>Solicitado el %1</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Aún no hay pagos</translation>
    </message>
    <message>
        <source>Last payout %1</source>
        <translation>Último pago %1</translation>
    </message>
    <message>
        <source>%1 need training</source>
        <translation>Capacitación pendiente en %1</translation>
    </message>
    <message>
        <source>Your figures are current, but some of your lists could not be loaded: %1</source>
        <translation>Tus cifras están al día, pero algunas de tus listas no se pudieron cargar: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Validated by me</source>
        <translation>Validadas por mí</translation>
    </message>
    <message>
        <source>Invalidated by me</source>
        <translation>Invalidadas por mí</translation>
    </message>
</context>
<context>
    <name>mikro::ui::EarningsDonut</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No earnings yet</source>
        <translation>Aún no hay ganancias</translation>
    </message>
    <message>
        <source>Earnings by kind</source>
        <translation>Ganancias por tipo</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Which column of the file holds what. Mikro remembers this for the next file of the same provider.</source>
        <translation>Qué columna del archivo contiene cada dato. Mikro lo recuerda para el próximo archivo del mismo proveedor.</translation>
    </message>
    <message>
        <source>&amp;Request ID</source>
        <translation>ID de &amp;solicitud</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Referencia de transferencia</translation>
    </message>
    <message>
        <source>&amp;Currency (optional)</source>
        <translation>M&amp;oneda (opcional)</translation>
    </message>
    <message>
        <source>&amp;Status (optional; rows the provider marks failed are never paid)</source>
        <translation>&amp;Estado (opcional; las filas que el proveedor marca como fallidas nunca se pagan)</translation>
    </message>
    <message>
        <source>Request ID, Email, Amount and Transfer reference each need a column, and a column serves one field only.</source>
        <translation>ID de solicitud, Correo, Monto y Referencia de transferencia necesitan cada uno una columna, y cada columna sirve para un solo dato.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportFilePage</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>The file is larger than 900 KB. Split it into smaller files and import each.</source>
        <translation>El archivo pesa más de 900 KB. Divídelo en archivos más pequeños e importa cada uno.</translation>
    </message>
    <message>
        <source>The payment provider&apos;s file</source>
        <translation>El archivo del proveedor de pagos</translation>
    </message>
    <message>
        <source>Choose the result file your payment provider made from the payout batch.</source>
        <translation>Elige el archivo de resultados que tu proveedor de pagos generó a partir del lote de pagos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>Ruta de un archivo CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Payment provider&apos;s file</source>
        <translation>Archivo del proveedor de pagos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What Mikro would do with each row. Nothing is paid until you confirm.</source>
        <translation>Lo que Mikro haría con cada fila. No se paga nada hasta que confirmes.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Requiere una decisión</translation>
    </message>
    <message>
        <source>Checking the file against Mikro&apos;s requests…</source>
        <translation>Comparando el archivo con las solicitudes de Mikro…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), %1</source>
        <translation>
            <numerusform>%n coincidencia, %1</numerusform>
            <numerusform>%n coincidencias, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a decision</source>
        <translation>
            <numerusform>%n requiere una decisión</numerusform>
            <numerusform>%n requieren una decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s)…</source>
        <translation>
            <numerusform>Pagar %n solicitud…</numerusform>
            <numerusform>Pagar %n solicitudes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pay requests</source>
        <translation>Pagar solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s), total %1?</source>
        <translation>
            <numerusform>¿Pagar %n solicitud, total %1?</numerusform>
            <numerusform>¿Pagar %n solicitudes, total %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s)</source>
        <translation>
            <numerusform>Pagar %n solicitud</numerusform>
            <numerusform>Pagar %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Pagando…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportResultPage</name>
    <message>
        <source>&amp;Save skipped rows…</source>
        <translation>&amp;Guardar filas omitidas…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message numerus="yes">
        <source>%n paid (%1)</source>
        <translation>
            <numerusform>%n pagada (%1)</numerusform>
            <numerusform>%n pagadas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>No se pagó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already paid before</source>
        <translation>
            <numerusform>%n ya pagada antes</numerusform>
            <numerusform>%n ya pagadas antes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before: every row of it is already paid.</source>
        <translation>Este archivo ya se importó: todas sus filas ya están pagadas.</translation>
    </message>
    <message>
        <source>Save skipped rows</source>
        <translation>Guardar filas omitidas</translation>
    </message>
    <message>
        <source>Skipped rows saved to %1.</source>
        <translation>Filas omitidas guardadas en %1.</translation>
    </message>
    <message>
        <source>The skipped rows could not be saved: %1</source>
        <translation>No se pudieron guardar las filas omitidas: %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportResultsWizard</name>
    <message>
        <source>Import payment results</source>
        <translation>Importar resultados de pago</translation>
    </message>
</context>
<context>
    <name>mikro::ui::LedgerPanel</name>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No earnings yet. Validated tasks and confirmed checklists appear here.</source>
        <translation>Aún no hay ganancias. Aquí aparecen las tareas validadas y las listas de verificación confirmadas.</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>Exportar libro mayor</translation>
    </message>
    <message>
        <source>ledger.csv</source>
        <translation>libro-mayor.csv</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exportando… %1 de %2</translation>
    </message>
    <message>
        <source>The ledger could not be saved to %1. Choose another folder.</source>
        <translation>No se pudo guardar el libro mayor en %1. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>%1 ledger lines exported to %2</source>
        <translation>%1 líneas del libro mayor exportadas a %2</translation>
    </message>
    <message>
        <source>The ledger could not be exported: %1</source>
        <translation>No se pudo exportar el libro mayor: %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::MainWindow</name>
    <message>
        <source>Mikro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>Aún sin organización</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Your role is now %1</source>
        <translation>Tu rol ahora es %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The Mikro server answered the last request.</source>
        <translation>El servidor de Mikro respondió la última solicitud.</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Historial de mensajes</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>About Mikro</source>
        <translation>Acerca de Mikro</translation>
    </message>
    <message>
        <source>Mikro %1
Task tracking and payments for OpenStreetMap mappers.</source>
        <translation>Mikro %1
Seguimiento de tareas y pagos para mapeadores de OpenStreetMap.</translation>
    </message>
    <message>
        <source>Layout reset</source>
        <translation>Diseño restablecido</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Show sidebar labels</source>
        <translation>Mostrar etiquetas de la barra lateral</translation>
    </message>
    <message>
        <source>Message history…</source>
        <translation>Historial de mensajes…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer diseño</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Menú de la cuenta</translation>
    </message>
    <message>
        <source>You&apos;re not in an organisation yet</source>
        <translation>Aún no perteneces a una organización</translation>
    </message>
    <message>
        <source>Your profile is ready. An admin of your organisation has to add you in the sign-in service; then choose Check again.</source>
        <translation>Tu perfil está listo. Un administrador de tu organización debe agregarte en el servicio de inicio de sesión; luego elige Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Enviando %n cambio…</numerusform>
            <numerusform>Enviando %n cambios…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión · %n cambio en espera</numerusform>
            <numerusform>Sin conexión · %n cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n need(s) attention</source>
        <translation>
            <numerusform>En línea · %n requiere atención</numerusform>
            <numerusform>En línea · %n requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mikro server can&apos;t be reached. Pages show what they last loaded; checklist work is kept on this computer and sent when the server answers again.</source>
        <translation>No se puede conectar con el servidor de Mikro. Las páginas muestran lo último que cargaron; el trabajo en listas de verificación se guarda en esta computadora y se envía cuando el servidor vuelva a responder.</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Último contacto %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Próximo intento %1</translation>
    </message>
    <message>
        <source>Click for Pending changes.</source>
        <translation>Haz clic para ver los cambios pendientes.</translation>
    </message>
    <message>
        <source>Pending changes…</source>
        <translation>Cambios pendientes…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ManualPaymentDialog</name>
    <message>
        <source>Manual payment</source>
        <translation>Pago manual</translation>
    </message>
    <message>
        <source>As the payment provider shows it</source>
        <translation>Tal como la muestra el proveedor de pagos</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referencia de transferencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Referencia de transferencia</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>Registrando el pago…</translation>
    </message>
    <message>
        <source>No payment email</source>
        <translation>Sin correo de pago</translation>
    </message>
    <message>
        <source>More than %1 is owed (%2). Record an adjustment first if more is owed.</source>
        <translation>Más de lo que se le debe a %1 (%2). Si se le debe más, registra primero un ajuste.</translation>
    </message>
    <message>
        <source>Record a payment of %1 to %2 (%3), reference %4? Payable becomes %5.</source>
        <translation>¿Registrar un pago de %1 a %2 (%3), referencia %4? El saldo por cobrar queda en %5.</translation>
    </message>
    <message>
        <source>no payment email</source>
        <translation>sin correo de pago</translation>
    </message>
</context>
<context>
    <name>mikro::ui::MyChecklistsPage</name>
    <message>
        <source>My Checklists</source>
        <translation>Mis listas de verificación</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciaste %1</translation>
    </message>
    <message>
        <source>Item %1 done</source>
        <translation>Elemento %1 hecho</translation>
    </message>
    <message>
        <source>Item %1 no longer done</source>
        <translation>Elemento %1 ya no está hecho</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Comentario publicado</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comentario eliminado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmadas</translation>
    </message>
    <message>
        <source>Checklist earnings</source>
        <translation>Ganancias por listas de verificación</translation>
    </message>
    <message>
        <source>Available (%1)</source>
        <translation>Disponibles (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>En curso (%1)</translation>
    </message>
    <message>
        <source>Awaiting confirmation (%1)</source>
        <translation>Esperando confirmación (%1)</translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation>Confirmadas (%1)</translation>
    </message>
    <message>
        <source>No checklists to start right now.</source>
        <translation>No hay listas de verificación para iniciar por ahora.</translation>
    </message>
    <message>
        <source>No checklists in progress. Start one under Available or wait for an assignment.</source>
        <translation>No hay listas de verificación en curso. Inicia una en Disponibles o espera una asignación.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a validator.</source>
        <translation>Nada espera a un validador.</translation>
    </message>
    <message>
        <source>No confirmed checklists yet.</source>
        <translation>Aún no hay listas de verificación confirmadas.</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Iniciar lista de verificación</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Navigation</name>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>My Dashboard</source>
        <translation>Mi panel</translation>
    </message>
    <message>
        <source>My Payments</source>
        <translation>Mis pagos</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>My Projects</source>
        <translation>Mis proyectos</translation>
    </message>
    <message>
        <source>My Training</source>
        <translation>Mi capacitación</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>My Checklists</source>
        <translation>Mis listas de verificación</translation>
    </message>
    <message>
        <source>Review Checklists</source>
        <translation>Revisar listas de verificación</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OnboardingWizard</name>
    <message>
        <source>Set up your Mikro account</source>
        <translation>Configura tu cuenta de Mikro</translation>
    </message>
    <message>
        <source>Finish setup</source>
        <translation>Terminar configuración</translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation>Te damos la bienvenida a Mikro</translation>
    </message>
    <message>
        <source>Before your first task, Mikro needs four things from you.

Your OpenStreetMap username links your Tasking Manager work to you, so that it is credited to you.
Your payment email is where your payouts are sent.
Your country and city, and your acceptance of the terms of service.</source>
        <translation>Antes de tu primera tarea, Mikro necesita cuatro cosas de ti.

Tu nombre de usuario de OpenStreetMap vincula tu trabajo en el Tasking Manager contigo, para que se te acredite.
Tu correo de pago es adonde se envían tus pagos.
Tu país y tu ciudad, y que aceptes los términos del servicio.</translation>
    </message>
    <message>
        <source>Enter your OSM username.</source>
        <translation>Escribe tu nombre de usuario de OSM.</translation>
    </message>
    <message>
        <source>An OSM username has at most %1 characters.</source>
        <translation>Un nombre de usuario de OSM tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>OpenStreetMap username</source>
        <translation>Nombre de usuario de OpenStreetMap</translation>
    </message>
    <message>
        <source>Create an OpenStreetMap account</source>
        <translation>Crear una cuenta de OpenStreetMap</translation>
    </message>
    <message>
        <source>Check on openstreetmap.org</source>
        <translation>Comprobar en openstreetmap.org</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>Nombre de usuario de OSM</translation>
    </message>
    <message>
        <source>Exactly as on openstreetmap.org</source>
        <translation>Exactamente como en openstreetmap.org</translation>
    </message>
    <message>
        <source>Enter an email such as name@example.com.</source>
        <translation>Escribe un correo como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>The two emails are not the same.</source>
        <translation>Los dos correos no son iguales.</translation>
    </message>
    <message>
        <source>Payment email</source>
        <translation>Correo de pago</translation>
    </message>
    <message>
        <source>Repeat payment email</source>
        <translation>Repite el correo de pago</translation>
    </message>
    <message>
        <source>Your payouts (for example Payoneer or PayPal) are sent here</source>
        <translation>Tus pagos (por ejemplo, Payoneer o PayPal) se envían aquí</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Elige tu país de la lista.</translation>
    </message>
    <message>
        <source>Enter your city.</source>
        <translation>Escribe tu ciudad.</translation>
    </message>
    <message>
        <source>A city has at most %1 characters.</source>
        <translation>Una ciudad tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Accept the terms to go on.</source>
        <translation>Acepta los términos para continuar.</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Términos del servicio</translation>
    </message>
    <message>
        <source>Mikro records the OpenStreetMap tasks you map and validate in the Tasking Manager for your organisation, and the checklists you complete, and pays you for them at the rates your organisation sets.

1. Your OSM username, payment email, country and city are kept by your organisation to credit and pay your work. Admins of your organisation see them.
2. Earnings are credited when a task is validated; a task invalidated later takes its credit back. Payouts are made to your payment email after an admin approves your request.
3. Work must follow the OpenStreetMap contributor terms and your organisation&apos;s instructions. Work that does not may be left unpaid.
4. You can change your details on the Account page at any time; a new OSM username is credited from the next sync.</source>
        <translation>Mikro registra las tareas de OpenStreetMap que mapeas y validas en el Tasking Manager para tu organización, y las listas de verificación que completas, y te paga por ellas según las tarifas que fija tu organización.

1. Tu organización guarda tu nombre de usuario de OSM, tu correo de pago, tu país y tu ciudad para acreditar y pagar tu trabajo. Los administradores de tu organización los ven.
2. Las ganancias se acreditan cuando se valida una tarea; una tarea invalidada después retira su crédito. Los pagos se hacen a tu correo de pago después de que un administrador apruebe tu solicitud.
3. El trabajo debe seguir los términos de colaboración de OpenStreetMap y las instrucciones de tu organización. El trabajo que no los siga puede quedar sin pagar.
4. Puedes cambiar tus datos en la página Cuenta en cualquier momento; un nombre de usuario de OSM nuevo se acredita desde la siguiente sincronización.</translation>
    </message>
    <message>
        <source>I have read and accept the terms of service</source>
        <translation>He leído y acepto los términos del servicio</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This OSM username is linked to another Mikro account. If it is yours, contact an admin.</source>
        <translation>Este nombre de usuario de OSM está vinculado a otra cuenta de Mikro. Si es tuyo, contacta con un administrador.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Leave setup and sign out?</source>
        <translation>¿Salir de la configuración y cerrar sesión?</translation>
    </message>
    <message>
        <source>Mikro needs these answers before you can work. Your answers so far are not saved.</source>
        <translation>Mikro necesita estas respuestas antes de que puedas trabajar. Tus respuestas hasta ahora no se guardan.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Every checklist</source>
        <translation>Todas las listas</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Activate it first: only active templates can be assigned</source>
        <translation>Actívela primero: solo las plantillas activas se pueden asignar</translation>
    </message>
    <message>
        <source>Something is done on it already</source>
        <translation>Ya tiene algo hecho</translation>
    </message>
    <message>
        <source>Checklist template created</source>
        <translation>Plantilla de lista de verificación creada</translation>
    </message>
    <message>
        <source>Checklist template saved</source>
        <translation>Plantilla de lista de verificación guardada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; activated</source>
        <translation>“%1” activada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; deactivated: people who started it carry on</source>
        <translation>“%1” desactivada: quienes la iniciaron siguen con ella</translation>
    </message>
    <message>
        <source>Archive template</source>
        <translation>Archivar plantilla</translation>
    </message>
    <message>
        <source>Archive &apos;%1&apos;? It leaves the lists and can no longer be started or assigned. People who have it can still finish it and have it confirmed; what was paid stays.</source>
        <translation>¿Archivar “%1”? Sale de las listas y ya no se puede iniciar ni asignar. Quienes la tienen aún pueden terminarla y que se la confirmen; lo pagado se mantiene.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; archived</source>
        <translation>“%1” archivada</translation>
    </message>
    <message>
        <source>Unassign checklist</source>
        <translation>Desasignar lista de verificación</translation>
    </message>
    <message>
        <source>Take &apos;%1&apos; away from %2? Their checklist and its comments are removed.</source>
        <translation>¿Retirar “%1” a %2? Se eliminan su lista y sus comentarios.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Desasignar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; taken away from %2</source>
        <translation>“%1” retirada a %2</translation>
    </message>
    <message>
        <source>Active templates</source>
        <translation>Plantillas activas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>assigned or started</source>
        <translation>asignadas o iniciadas</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Estancadas</translation>
    </message>
    <message>
        <source>no progress for 3 days</source>
        <translation>sin avance en 3 días</translation>
    </message>
    <message>
        <source>Paid for checklists</source>
        <translation>Pagado por listas</translation>
    </message>
    <message>
        <source>people and validators, all time</source>
        <translation>personas y validadores, desde el inicio</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>A&amp;ssignments</source>
        <translation>A&amp;signaciones</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Solo estancadas</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Desasignar…</translation>
    </message>
    <message>
        <source>Open in review</source>
        <translation>Abrir en la revisión</translation>
    </message>
    <message>
        <source>No checklist templates yet. Write one with New template…</source>
        <translation>Aún no hay plantillas de listas de verificación. Escriba una con Nueva plantilla…</translation>
    </message>
    <message>
        <source>Nobody has a checklist here.</source>
        <translation>Nadie tiene una lista de verificación aquí.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Proyectos activos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Pending payouts</source>
        <translation>Pagos pendientes</translation>
    </message>
    <message>
        <source>Tasks this month</source>
        <translation>Tareas este mes</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Open Payments</source>
        <translation>Abrir Pagos</translation>
    </message>
    <message>
        <source>No projects yet. Add a Tasking Manager project to start.</source>
        <translation>Todavía no hay proyectos. Agregue un proyecto del Tasking Manager para empezar.</translation>
    </message>
    <message>
        <source>Oldest pending requests</source>
        <translation>Solicitudes pendientes más antiguas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>No payout requests are waiting.</source>
        <translation>No hay solicitudes de pago en espera.</translation>
    </message>
    <message>
        <source>Recent payouts</source>
        <translation>Pagos recientes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Nobody has been paid yet.</source>
        <translation>Todavía no se ha pagado a nadie.</translation>
    </message>
    <message>
        <source>Projects near budget</source>
        <translation>Proyectos cerca del presupuesto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>No project has used 90 % of its budget.</source>
        <translation>Ningún proyecto ha usado el 90 % de su presupuesto.</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapeadas</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validadas</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidadas</translation>
    </message>
    <message>
        <source>%1 inactive, %2 completed</source>
        <translation>%1 inactivos, %2 completados</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s)</source>
        <translation>
            <numerusform>%n validador</numerusform>
            <numerusform>%n validadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n administrador</numerusform>
            <numerusform>%n administradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1 vs last month</source>
        <translation>−%1 respecto al mes pasado</translation>
    </message>
    <message>
        <source>+%1 vs last month</source>
        <translation>+%1 respecto al mes pasado</translation>
    </message>
    <message>
        <source>Adjustments %1</source>
        <translation>Ajustes %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people can request</source>
        <translation>
            <numerusform>%n persona puede solicitar</numerusform>
            <numerusform>%n personas pueden solicitar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 este mes</translation>
    </message>
    <message>
        <source>tasks waiting for an admin</source>
        <translation>tareas a la espera de un administrador</translation>
    </message>
    <message>
        <source>projects whose last sync failed</source>
        <translation>proyectos cuya última sincronización falló</translation>
    </message>
    <message>
        <source>every last sync succeeded</source>
        <translation>todas las últimas sincronizaciones salieron bien</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir Revisión</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Abrir Sincronización</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>visible to everyone in the organisation</source>
        <translation>visible para toda la organización</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>solo miembros</translation>
    </message>
    <message>
        <source>Mapping %1, validation %2 a task; %3 tasks: %4 mapped, %5 validated, %6 invalidated.</source>
        <translation>Mapeo %1, validación %2 por tarea; %3 tareas: %4 mapeadas, %5 validadas, %6 invalidadas.</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %)</source>
        <translation>Gastado %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Required training: %1</source>
        <translation>Capacitación requerida: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>It has earnings — deactivate it instead</source>
        <translation>Tiene ganancias: desactívelo en su lugar</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; added (inactive)</source>
        <translation>Proyecto “%1” agregado (inactivo)</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; saved</source>
        <translation>Proyecto “%1” guardado</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Deactivate &apos;%1&apos;? People no longer see it in their project lists.</source>
        <translation>¿Desactivar “%1”? Las personas dejarán de verlo en sus listas de proyectos.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; activated</source>
        <translation>Proyecto “%1” activado</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; deactivated</source>
        <translation>Proyecto “%1” desactivado</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Eliminar proyecto</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? Its memberships, tasks and sync history are removed. This cannot be undone.</source>
        <translation>¿Eliminar “%1”? Se eliminan sus membresías, tareas e historial de sincronización. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; deleted</source>
        <translation>Proyecto “%1” eliminado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>in active projects</source>
        <translation>en proyectos activos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>on active projects</source>
        <translation>en proyectos activos</translation>
    </message>
    <message>
        <source>Near budget</source>
        <translation>Cerca del presupuesto</translation>
    </message>
    <message>
        <source>90 % used or more</source>
        <translation>90 % usado o más</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Agregar proyecto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Miembros…</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir en Tasking Manager</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>No projects here. Add one from its Tasking Manager address.</source>
        <translation>No hay proyectos aquí. Agregue uno desde su dirección de Tasking Manager.</translation>
    </message>
    <message>
        <source>Sync of %1 requested; Sync history shows how it goes</source>
        <translation>Sincronización de %1 solicitada; Historial de sincronización muestra cómo avanza</translation>
    </message>
    <message>
        <source>%1 is syncing already, or was synced less than a minute ago</source>
        <translation>%1 ya se está sincronizando, o se sincronizó hace menos de un minuto</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Bring the project&apos;s work in from the Tasking Manager now</source>
        <translation>Trae ahora el trabajo del proyecto desde el Tasking Manager</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historial de sincronización</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgSyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>active, with members, of %1</source>
        <translation>activos, con miembros, de %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna aún</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 de %2 proyectos</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Sincronizando: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 succeeded, %2 failed</source>
        <translation>Sincronización terminada: %1 exitosas, %2 fallidas</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>Run history of %1</source>
        <translation>Historial de ejecuciones de %1</translation>
    </message>
    <message>
        <source>Select a run to read its error.</source>
        <translation>Selecciona una ejecución para leer su error.</translation>
    </message>
    <message>
        <source>This run had no error.</source>
        <translation>Esta ejecución no tuvo errores.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync requested for %n project(s)</source>
        <translation>
            <numerusform>Sincronización solicitada para %n proyecto</numerusform>
            <numerusform>Sincronización solicitada para %n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of %1 stops after the request in flight; what it brought in stays.</source>
        <translation>La sincronización de %1 se detiene tras la solicitud en curso; lo que trajo se queda.</translation>
    </message>
    <message>
        <source>The sync of %1 had already ended.</source>
        <translation>La sincronización de %1 ya había terminado.</translation>
    </message>
    <message>
        <source>Synced projects</source>
        <translation>Proyectos sincronizados</translation>
    </message>
    <message>
        <source>Last completed run</source>
        <translation>Última ejecución completada</translation>
    </message>
    <message>
        <source>Failed last run</source>
        <translation>Última ejecución fallida</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <source>New events (24 h)</source>
        <translation>Eventos nuevos (24 h)</translation>
    </message>
    <message>
        <source>task changes brought in</source>
        <translation>cambios de tareas traídos</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir Revisión</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Sync the selected projects (%1)</source>
        <translation>Sincroniza los proyectos seleccionados (%1)</translation>
    </message>
    <message>
        <source>&amp;Full (every task&apos;s history)</source>
        <translation>&amp;Completa (historial de cada tarea)</translation>
    </message>
    <message>
        <source>A full sync reads the history of every task, not only of the tasks that changed. It catches a task invalidated and validated again between two syncs, and takes longer.</source>
        <translation>Una sincronización completa lee el historial de cada tarea, no solo de las tareas que cambiaron. Detecta una tarea invalidada y validada de nuevo entre dos sincronizaciones, y tarda más.</translation>
    </message>
    <message>
        <source>Sync all &amp;active</source>
        <translation>Sincronizar todos los acti&amp;vos</translation>
    </message>
    <message>
        <source>Sync every active project that has members</source>
        <translation>Sincroniza cada proyecto activo que tiene miembros</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Stops after the request in flight; what was brought in stays</source>
        <translation>Se detiene tras la solicitud en curso; lo ya traído se queda</translation>
    </message>
    <message>
        <source>Open in &amp;Tasking Manager</source>
        <translation>Abrir en &amp;Tasking Manager</translation>
    </message>
    <message>
        <source>Show &amp;older runs</source>
        <translation>Mostrar ejecuciones ante&amp;riores</translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation>Copiar &amp;error</translation>
    </message>
    <message>
        <source>Error of the selected run</source>
        <translation>Error de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>No projects yet. Add one on the Projects page.</source>
        <translation>Aún no hay proyectos. Agrega uno en la página Proyectos.</translation>
    </message>
    <message>
        <source>This project has not been synced yet.</source>
        <translation>Este proyecto aún no se ha sincronizado.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgTrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>%1 · pass mark %2 %, %3 points, %4</source>
        <translation>%1 · nota mínima %2 %, %3 puntos, %4</translation>
    </message>
    <message>
        <source>    ✓ %1 (correct)</source>
        <translation>    ✓ %1 (correcta)</translation>
    </message>
    <message>
        <source>No questions: people complete it by reading the material.</source>
        <translation>Sin preguntas: las personas la completan leyendo el material.</translation>
    </message>
    <message>
        <source>Training created</source>
        <translation>Capacitación creada</translation>
    </message>
    <message>
        <source>Training saved</source>
        <translation>Capacitación guardada</translation>
    </message>
    <message>
        <source>Archive training</source>
        <translation>Archivar capacitación</translation>
    </message>
    <message>
        <source>Archive &apos;%1&apos;? People no longer see it and projects stop requiring it; results and points stay.</source>
        <translation>¿Archivar “%1”? Las personas dejan de verla y los proyectos dejan de exigirla; los resultados y los puntos se mantienen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; archived</source>
        <translation>“%1” archivada</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>not archived</source>
        <translation>no archivados</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>&amp;Mapping (%1)</source>
        <translation>&amp;Mapeo (%1)</translation>
    </message>
    <message>
        <source>&amp;Validation (%1)</source>
        <translation>&amp;Validación (%1)</translation>
    </message>
    <message>
        <source>&amp;Project (%1)</source>
        <translation>&amp;Proyecto (%1)</translation>
    </message>
    <message>
        <source>No modules of this type yet. Write one with New training…</source>
        <translation>Aún no hay módulos de este tipo. Escriba uno con Nueva capacitación…</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>Nueva capacitación…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open material</source>
        <translation>Abrir material</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <source>Restore training</source>
        <translation>Restaurar capacitación</translation>
    </message>
    <message>
        <source>Restore &apos;%1&apos;? People see it again. Projects that required it before it was archived do not require it again until you add it to them.</source>
        <translation>¿Restaurar “%1”? Las personas vuelven a verla. Los proyectos que la exigían antes de archivarla no la vuelven a exigir hasta que la añadas a ellos.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; restored</source>
        <translation>“%1” restaurada</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>Leyendo resultados…</translation>
    </message>
    <message>
        <source>The results could not be read: %1 Select the module again to retry.</source>
        <translation>No se pudieron leer los resultados: %1 Vuelve a seleccionar el módulo para reintentar.</translation>
    </message>
    <message>
        <source>Nobody has tried this module yet.</source>
        <translation>Nadie ha intentado este módulo todavía.</translation>
    </message>
    <message>
        <source>&amp;Results (%1)</source>
        <translation>&amp;Resultados (%1)</translation>
    </message>
    <message>
        <source>&amp;Archived (%1)</source>
        <translation>&amp;Archivadas (%1)</translation>
    </message>
    <message>
        <source>No archived modules.</source>
        <translation>No hay módulos archivados.</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>Preview quiz</source>
        <translation>Vista previa del cuestionario</translation>
    </message>
    <message>
        <source>Answer the questions as a person would; nothing is recorded.</source>
        <translation>Responde las preguntas como lo haría una persona; no se registra nada.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 días</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aprobación</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no attempts in 30 days</source>
        <translation>sin intentos en 30 días</translation>
    </message>
    <message numerus="yes">
        <source>%n passed in 30 days</source>
        <translation>
            <numerusform>%n aprobado en 30 días</numerusform>
            <numerusform>%n aprobados en 30 días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::ui::Page</name>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>No web browser opened %1. Copy the link and open it yourself.</source>
        <translation>Ningún navegador abrió %1. Copia el enlace y ábrelo tú.</translation>
    </message>
    <message>
        <source>Offline — as of %1</source>
        <translation>Sin conexión — datos de %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayRequestDialog</name>
    <message>
        <source>Pay request #%1</source>
        <translation>Pagar la solicitud n.º %1</translation>
    </message>
    <message>
        <source>As the payment provider shows it</source>
        <translation>Tal como la muestra el proveedor de pagos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>No payment email</source>
        <translation>Sin correo de pago</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Referencia de transferencia</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referencia de transferencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation>Pagar %1 a %2</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>Registrando el pago…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Cancel this payout request?</source>
        <translation>¿Cancelar esta solicitud de pago?</translation>
    </message>
    <message>
        <source>Cancel your request for %1? It returns to your payable balance.</source>
        <translation>¿Cancelar tu solicitud por %1? El monto vuelve a tu saldo por cobrar.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Conservar solicitud</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Request for %1 cancelled</source>
        <translation>Solicitud por %1 cancelada</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Exportar pagos</translation>
    </message>
    <message>
        <source>payouts.csv</source>
        <translation>pagos.csv</translation>
    </message>
    <message>
        <source>The payouts could not be saved to %1. Choose another folder.</source>
        <translation>No se pudieron guardar los pagos en %1. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Payouts exported to %1</source>
        <translation>Pagos exportados a %1</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>No payout requests yet</source>
        <translation>Aún no hay solicitudes de pago</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Aún no hay pagos</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancelar solicitud…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro mayor</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutAvailability</name>
    <message>
        <source>You already have a request waiting for an admin.</source>
        <translation>Ya tienes una solicitud esperando a un administrador.</translation>
    </message>
    <message>
        <source>Nothing is payable yet.</source>
        <translation>Aún no hay nada por cobrar.</translation>
    </message>
    <message>
        <source>Minimum payout is %1; you have %2.</source>
        <translation>El pago mínimo es %1; tienes %2.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutRequestButton</name>
    <message>
        <source>Payout of %1 requested</source>
        <translation>Pago de %1 solicitado</translation>
    </message>
    <message>
        <source>Request payout…</source>
        <translation>Solicitar pago…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutSettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Payout settings</source>
        <translation>Configuración de pagos</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Pago mínimo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The currency cannot change: the organisation&apos;s ledger already holds amounts in %1.</source>
        <translation>La moneda no puede cambiar: el libro mayor de la organización ya tiene montos en %1.</translation>
    </message>
    <message>
        <source>A three-letter ISO code such as USD or EUR. It cannot change once the organisation has ledger entries.</source>
        <translation>Un código ISO de tres letras, como USD o EUR. No puede cambiar una vez que la organización tiene movimientos en el libro mayor.</translation>
    </message>
    <message>
        <source>&amp;Minimum payout</source>
        <translation>&amp;Pago mínimo</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>People can request a payout once their payable reaches the minimum.</source>
        <translation>Las personas pueden solicitar un pago cuando su saldo por cobrar alcanza el mínimo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PendingChangesDialog</name>
    <message>
        <source>Needs a connection</source>
        <translation>Requiere conexión</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Descartar cambio</translation>
    </message>
    <message>
        <source>Discard “%1”? It has not been sent and will not be.</source>
        <translation>¿Descartar «%1»? No se ha enviado y no se enviará.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cambio en espera de envío</numerusform>
            <numerusform>%n cambios en espera de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n requiere tu atención</numerusform>
            <numerusform>%n requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting. Changes made without a connection appear here until they are sent.</source>
        <translation>No hay nada en espera. Los cambios hechos sin conexión aparecen aquí hasta que se envían.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonLedgerDialog</name>
    <message>
        <source>Ledger of %1</source>
        <translation>Libro mayor de %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonMoneyDialog</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Payable now</source>
        <translation>Por cobrar ahora</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Elige una persona</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonPicker</name>
    <message>
        <source>Name, OSM username or email</source>
        <translation>Nombre, usuario de OSM o correo</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonWorkPanel</name>
    <message>
        <source>Their projects, trainings and checklists could not be read: %1 Select them again to retry.</source>
        <translation>No se pudieron leer sus proyectos, capacitaciones y listas de verificación: %1 Selecciona a la persona de nuevo para reintentar.</translation>
    </message>
    <message>
        <source>&amp;Projects (%1)</source>
        <translation>&amp;Proyectos (%1)</translation>
    </message>
    <message>
        <source>T&amp;raining (%1)</source>
        <translation>Capa&amp;citación (%1)</translation>
    </message>
    <message>
        <source>C&amp;hecklists (%1)</source>
        <translation>&amp;Listas de verificación (%1)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Proyectos</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>Capa&amp;citación</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation>&amp;Listas de verificación</translation>
    </message>
    <message>
        <source>Not a member of any project.</source>
        <translation>No es miembro de ningún proyecto.</translation>
    </message>
    <message>
        <source>No training passed yet.</source>
        <translation>Aún no aprobó ninguna capacitación.</translation>
    </message>
    <message>
        <source>No checklists.</source>
        <translation>Ninguna lista de verificación.</translation>
    </message>
    <message>
        <source>Select a person to see their projects, trainings and checklists.</source>
        <translation>Selecciona a una persona para ver sus proyectos, capacitaciones y listas de verificación.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectFormDialog</name>
    <message>
        <source>Visible to everyone in the organisation</source>
        <translation>Visible para toda la organización</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Agregar proyecto</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar proyecto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message numerus="yes">
        <source>%n editor(s) and</source>
        <translation>
            <numerusform>%n editor y</numerusform>
            <numerusform>%n editores y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s) are assigned.</source>
        <translation>
            <numerusform>%n validador asignados.</numerusform>
            <numerusform>%n validadores asignados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %)</source>
        <translation>Gastado %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Tasking Manager project URL</source>
        <translation>URL del proyecto en Tasking Manager</translation>
    </message>
    <message>
        <source>Tasking Manager project &amp;URL</source>
        <translation>&amp;URL del proyecto en Tasking Manager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Tarifa de mapeo</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validación</translation>
    </message>
    <message>
        <source>&amp;Mapping rate</source>
        <translation>Tarifa de &amp;mapeo</translation>
    </message>
    <message>
        <source>&amp;Validation rate</source>
        <translation>Tarifa de &amp;validación</translation>
    </message>
    <message>
        <source>Max editors</source>
        <translation>Máximo de editores</translation>
    </message>
    <message>
        <source>Max validators</source>
        <translation>Máximo de validadores</translation>
    </message>
    <message>
        <source>Max &amp;editors</source>
        <translation>Máximo de &amp;editores</translation>
    </message>
    <message>
        <source>Max v&amp;alidators</source>
        <translation>Máximo de v&amp;alidadores</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>&amp;Dificultad</translation>
    </message>
    <message>
        <source>Once active, people who are not members see it under Open projects.</source>
        <translation>Una vez activo, quienes no son miembros lo ven en Proyectos abiertos.</translation>
    </message>
    <message>
        <source>Required training</source>
        <translation>Capacitación requerida</translation>
    </message>
    <message>
        <source>No training modules yet</source>
        <translation>Todavía no hay módulos de capacitación</translation>
    </message>
    <message>
        <source>Required &amp;training</source>
        <translation>&amp;Capacitación requerida</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Tasks Mikro has already seen keep their rates; new rates apply to tasks first seen from now on.</source>
        <translation>Las tareas que Mikro ya vio conservan sus tarifas; las nuevas tarifas se aplican a las tareas vistas por primera vez desde ahora.</translation>
    </message>
    <message>
        <source>New projects start inactive. Activate it when rates and members are set.</source>
        <translation>Los proyectos nuevos empiezan inactivos. Actívelo cuando las tarifas y los miembros estén definidos.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Give an http or https address that ends with the project&apos;s number, like https://tasks.kaart.com/projects/123.</source>
        <translation>Indique una dirección http o https que termine con el número del proyecto, como https://tasks.kaart.com/projects/123.</translation>
    </message>
    <message>
        <source>Already added as &apos;%1&apos;.</source>
        <translation>Ya agregado como “%1”.</translation>
    </message>
    <message>
        <source>Reading the project from the Tasking Manager…</source>
        <translation>Leyendo el proyecto del Tasking Manager…</translation>
    </message>
    <message>
        <source>The Tasking Manager has no project with this number.</source>
        <translation>El Tasking Manager no tiene ningún proyecto con este número.</translation>
    </message>
    <message>
        <source>The Tasking Manager could not be reached. Try again in a moment.</source>
        <translation>No se pudo contactar al Tasking Manager. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>(%1 + %2) × %3 tasks = %4</source>
        <translation>(%1 + %2) × %3 tareas = %4</translation>
    </message>
    <message>
        <source>Change rates</source>
        <translation>Cambiar tarifas</translation>
    </message>
    <message>
        <source>Change the rates of &apos;%1&apos;? Tasks Mikro has already seen keep their rates; the new rates apply to tasks first seen from now on. Budget becomes %2.</source>
        <translation>¿Cambiar las tarifas de “%1”? Las tareas que Mikro ya vio conservan sus tarifas; las nuevas se aplican a las tareas vistas por primera vez desde ahora. El presupuesto pasa a ser %2.</translation>
    </message>
    <message>
        <source>Large rate</source>
        <translation>Tarifa alta</translation>
    </message>
    <message>
        <source>Is this rate per task correct? Mapping %1, validation %2 a task.</source>
        <translation>¿Es correcta esta tarifa por tarea? Mapeo %1, validación %2 por tarea.</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Creando el proyecto…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This project is already registered in Mikro.</source>
        <translation>Este proyecto ya está registrado en Mikro.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectMembersDialog</name>
    <message>
        <source>Assign as &amp;editor</source>
        <translation>Asignar como &amp;editor</translation>
    </message>
    <message>
        <source>Assign as &amp;validator</source>
        <translation>Asignar como &amp;validador</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Desasignar…</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Miembros de %1</translation>
    </message>
    <message>
        <source>No active people in the organisation.</source>
        <translation>No hay personas activas en la organización.</translation>
    </message>
    <message>
        <source>Editors %1 · Validators %2</source>
        <translation>Editores %1 · Validadores %2</translation>
    </message>
    <message>
        <source>Only validators and admins validate.</source>
        <translation>Solo validadores y administradores validan.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Desasignar</translation>
    </message>
    <message>
        <source>Unassign %1 from &apos;%2&apos;? What they earned there stays theirs.</source>
        <translation>¿Desasignar a %1 de “%2”? Lo que ganó allí sigue siendo suyo.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Project %1 in the Tasking Manager</source>
        <translation>Proyecto %1 en el Tasking Manager</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>%1 tasks · %2 mapped · %3 validated · %4 invalidated</source>
        <translation>%1 tareas · %2 mapeadas · %3 validadas · %4 invalidadas</translation>
    </message>
    <message>
        <source>Mapping %1 per task · Validation %2 per task</source>
        <translation>Mapeo %1 por tarea · Validación %2 por tarea</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Capacitación %1</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Sin intentos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No training required.</source>
        <translation>No requiere capacitación.</translation>
    </message>
    <message>
        <source>Required training:</source>
        <translation>Capacitación requerida:</translation>
    </message>
    <message>
        <source>Pass the required training first.</source>
        <translation>Aprueba primero la capacitación requerida.</translation>
    </message>
    <message>
        <source>Link to %1 copied</source>
        <translation>Enlace a %1 copiado</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>¿Salir de %1?</translation>
    </message>
    <message>
        <source>Leave %1? What you earned there stays yours; to map there again you join it again or ask an admin.</source>
        <translation>¿Salir de %1? Lo que ganaste allí sigue siendo tuyo; para volver a mapear allí, únete de nuevo o pídelo a un administrador.</translation>
    </message>
    <message>
        <source>Leave project</source>
        <translation>Salir del proyecto</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Uniéndote a %1…</translation>
    </message>
    <message>
        <source>Leaving %1…</source>
        <translation>Saliendo de %1…</translation>
    </message>
    <message>
        <source>You joined %1</source>
        <translation>Te uniste a %1</translation>
    </message>
    <message>
        <source>You left %1</source>
        <translation>Saliste de %1</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Asignados a mí</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Proyectos abiertos</translation>
    </message>
    <message>
        <source>Show projects</source>
        <translation>Mostrar proyectos</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir en el Tasking Manager</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Join project</source>
        <translation>Unirme al proyecto</translation>
    </message>
    <message>
        <source>Leave project…</source>
        <translation>Salir del proyecto…</translation>
    </message>
    <message>
        <source>Open training</source>
        <translation>Abrir capacitación</translation>
    </message>
    <message>
        <source>You&apos;re not on a project yet. Join one under Open projects, or an admin adds you; required training is under Training.</source>
        <translation>Aún no estás en ningún proyecto. Únete a uno en Proyectos abiertos o un administrador te agrega; la capacitación requerida está en Capacitación.</translation>
    </message>
    <message>
        <source>No open projects right now.</source>
        <translation>No hay proyectos abiertos por ahora.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::QuizDialog</name>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 questions · pass mark %2 % · %3 points</source>
        <translation>%1 preguntas · nota mínima %2 % · %3 puntos</translation>
    </message>
    <message>
        <source>Open training material</source>
        <translation>Abrir el material de capacitación</translation>
    </message>
    <message>
        <source>Loading the quiz…</source>
        <translation>Cargando el cuestionario…</translation>
    </message>
    <message>
        <source>Close this window and try again later.</source>
        <translation>Cierra esta ventana e inténtalo más tarde.</translation>
    </message>
    <message>
        <source>You have used today&apos;s %1 attempts at this quiz. You can try again after %2.</source>
        <translation>Usaste los %1 intentos de hoy en este cuestionario. Puedes intentarlo de nuevo después de %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation>Calificando…</translation>
    </message>
    <message>
        <source>The answers were not graded</source>
        <translation>Las respuestas no se calificaron</translation>
    </message>
    <message>
        <source>Your answers are still here; submit them again.</source>
        <translation>Tus respuestas siguen aquí; envíalas de nuevo.</translation>
    </message>
    <message>
        <source>Passed — %1 % (pass mark %2 %).</source>
        <translation>Aprobado — %1 % (nota mínima %2 %).</translation>
    </message>
    <message>
        <source>%1 points added.</source>
        <translation>Se sumaron %1 puntos.</translation>
    </message>
    <message>
        <source>Not passed — %1 % (pass mark %2 %). Review the material and try again.</source>
        <translation>No aprobado — %1 % (nota mínima %2 %). Repasa el material e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Attempts left today: %1.</source>
        <translation>Intentos restantes hoy: %1.</translation>
    </message>
    <message>
        <source>No attempts left today.</source>
        <translation>No quedan intentos hoy.</translation>
    </message>
    <message>
        <source>Discard your answers?</source>
        <translation>¿Descartar tus respuestas?</translation>
    </message>
    <message>
        <source>Your answers to this quiz are not submitted and will be lost.</source>
        <translation>Tus respuestas a este cuestionario no se enviaron y se perderán.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Preview: your answers are graded here and nothing is recorded.</source>
        <translation>Vista previa: tus respuestas se califican aquí y no se registra nada.</translation>
    </message>
    <message>
        <source>Grade answers</source>
        <translation>Calificar respuestas</translation>
    </message>
    <message>
        <source>Preview: %1 % (pass mark %2 %). A person with these answers would pass.</source>
        <translation>Vista previa: %1 % (nota mínima %2 %). Una persona con estas respuestas aprobaría.</translation>
    </message>
    <message>
        <source>Preview: %1 % (pass mark %2 %). A person with these answers would not pass.</source>
        <translation>Vista previa: %1 % (nota mínima %2 %). Una persona con estas respuestas no aprobaría.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>No se registró nada.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ReconciliationPage</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Another admin decides your own request.</source>
        <translation>Otro administrador decide tu propia solicitud.</translation>
    </message>
    <message>
        <source>Request paid: %1 to %2</source>
        <translation>Solicitud pagada: %1 a %2</translation>
    </message>
    <message>
        <source>Request #%1 rejected</source>
        <translation>Solicitud n.º %1 rechazada</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Pagos (%1)</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Pagar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>No requests are waiting. New ones appear here.</source>
        <translation>No hay solicitudes en espera. Las nuevas aparecen aquí.</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Aún no hay pagos.</translation>
    </message>
    <message>
        <source>Payment recorded: %1 to %2</source>
        <translation>Pago registrado: %1 a %2</translation>
    </message>
    <message>
        <source>Adjustment recorded for %1: payable now %2</source>
        <translation>Ajuste registrado para %1: por cobrar ahora %2</translation>
    </message>
    <message>
        <source>No pending requests to export.</source>
        <translation>No hay solicitudes pendientes para exportar.</translation>
    </message>
    <message>
        <source>Export payout batch</source>
        <translation>Exportar lote de pagos</translation>
    </message>
    <message>
        <source>The batch could not be saved: %1. Choose another folder.</source>
        <translation>No se pudo guardar el lote: %1. Elige otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) (%1)</source>
        <translation>
            <numerusform>%n solicitud exportada (%1)</numerusform>
            <numerusform>%n solicitudes exportadas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual payment…</source>
        <translation>Pago manual…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Ajuste…</translation>
    </message>
    <message>
        <source>Export batch…</source>
        <translation>Exportar lote…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Importar resultados…</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people above the minimum</source>
        <translation>
            <numerusform>%n persona por encima del mínimo</numerusform>
            <numerusform>%n personas por encima del mínimo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Solicitudes pendientes</translation>
    </message>
    <message>
        <source>Payable not requested</source>
        <translation>Por cobrar sin solicitar</translation>
    </message>
    <message>
        <source>Paid this month</source>
        <translation>Pagado este mes</translation>
    </message>
    <message>
        <source>Paid in total</source>
        <translation>Pagado en total</translation>
    </message>
    <message>
        <source>Requests (%1 pending)</source>
        <translation>Solicitudes (%1 pendientes)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No requests with this status.</source>
        <translation>No hay solicitudes con este estado.</translation>
    </message>
    <message numerus="yes">
        <source>last month %1 (%n payout(s))</source>
        <translation>
            <numerusform>el mes pasado %1 (%n pago)</numerusform>
            <numerusform>el mes pasado %1 (%n pagos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjustments (%1)</source>
        <translation>Ajustes (%1)</translation>
    </message>
    <message>
        <source>No adjustments yet. Adjustment… credits or debits a person with a reason.</source>
        <translation>Aún no hay ajustes. Ajuste… registra un crédito o un débito a una persona, con un motivo.</translation>
    </message>
    <message>
        <source>Payout settings saved: minimum payout %1</source>
        <translation>Configuración de pagos guardada: pago mínimo %1</translation>
    </message>
    <message>
        <source>Payments (%1 of %2)</source>
        <translation>Pagos (%1 de %2)</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Pagado en</translation>
    </message>
    <message>
        <source>Payout settings…</source>
        <translation>Configuración de pagos…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RecordTable</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RejectRequestDialog</name>
    <message>
        <source>Reject request #%1</source>
        <translation>Rechazar la solicitud n.º %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What the person should fix, e.g. the payment email</source>
        <translation>Lo que la persona debe corregir, por ejemplo el correo de pago</translation>
    </message>
    <message>
        <source>Reject the request of %1 for %2? They can read the reason, and the amount is theirs to request again.</source>
        <translation>¿Rechazar la solicitud de %1 por %2? Podrá leer el motivo, y el monto vuelve a estar disponible para solicitarlo.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rechazar solicitud</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RequestPayoutDialog</name>
    <message>
        <source>Request a payout</source>
        <translation>Solicitar un pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Ya pagado</translation>
    </message>
    <message>
        <source>No payment email yet</source>
        <translation>Aún sin correo de pago</translation>
    </message>
    <message>
        <source>Change on the Account page</source>
        <translation>Cambiar en la página Cuenta</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Solicitar %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Solicitando…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ReviewChecklistsPage</name>
    <message>
        <source>Comment posted</source>
        <translation>Comentario publicado</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comentario eliminado</translation>
    </message>
    <message>
        <source>Review Checklists</source>
        <translation>Revisar listas de verificación</translation>
    </message>
    <message>
        <source>Confirm all done items (%1)</source>
        <translation>Confirmar todos los elementos hechos (%1)</translation>
    </message>
    <message>
        <source>Every item must be done before all can be confirmed at once.</source>
        <translation>Todos los elementos deben estar hechos antes de confirmarlos todos a la vez.</translation>
    </message>
    <message>
        <source>Item confirmed</source>
        <translation>Elemento confirmado</translation>
    </message>
    <message>
        <source>Checklist confirmed</source>
        <translation>Lista de verificación confirmada</translation>
    </message>
    <message>
        <source>Confirm the last items?</source>
        <translation>¿Confirmar los últimos elementos?</translation>
    </message>
    <message>
        <source>Confirm the last items of “%1”? %2 is credited %3 and you %4.</source>
        <translation>¿Confirmar los últimos elementos de «%1»? Se acredita %3 a %2 y %4 a ti.</translation>
    </message>
    <message>
        <source>Confirm and credit</source>
        <translation>Confirmar y acreditar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmadas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Solo estancadas</translation>
    </message>
    <message>
        <source>No checklists are waiting for confirmation.</source>
        <translation>No hay listas de verificación esperando confirmación.</translation>
    </message>
    <message>
        <source>No checklists here.</source>
        <translation>No hay listas de verificación aquí.</translation>
    </message>
    <message>
        <source>Needs a connection</source>
        <translation>Requiere conexión</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Connection and sign-in changes take effect after you sign in again; a new language after Mikro restarts.</source>
        <translation>Los cambios de conexión y de inicio de sesión se aplican cuando vuelves a iniciar sesión; un idioma nuevo, cuando Mikro se reinicia.</translation>
    </message>
    <message>
        <source>Mikro server (recommended)</source>
        <translation>Servidor de Mikro (recomendado)</translation>
    </message>
    <message>
        <source>Local file (SQLite): your own data on this computer</source>
        <translation>Archivo local (SQLite): tus propios datos en esta computadora</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db)</source>
        <translation>Archivos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation>Servicio de inicio de sesión (emisor)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Callback ports</source>
        <translation>Puertos de retorno</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose the local file.</source>
        <translation>Elige el archivo local.</translation>
    </message>
    <message>
        <source>Mikro cannot write in the folder of %1. Choose another.</source>
        <translation>Mikro no puede escribir en la carpeta de %1. Elige otra.</translation>
    </message>
    <message>
        <source>Enter the sign-in service&apos;s address starting with https:// (http:// only on this computer).</source>
        <translation>Escribe la dirección del servicio de inicio de sesión empezando por https:// (http:// solo en esta computadora).</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Escribe el ID de cliente.</translation>
    </message>
    <message>
        <source>Enter the audience.</source>
        <translation>Escribe la audiencia.</translation>
    </message>
    <message>
        <source>Give at least one callback port from 1024 to 65535, separated by commas.</source>
        <translation>Indica al menos un puerto de retorno entre 1024 y 65535, separados por comas.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The file does not exist yet; Mikro creates it when you sign in.</source>
        <translation>El archivo aún no existe; Mikro lo crea cuando inicias sesión.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: it is not ready (%2).</source>
        <translation>El servidor respondió HTTP %1: no está listo (%2).</translation>
    </message>
    <message>
        <source>No answer from the server: %1. Check the address and your connection.</source>
        <translation>Sin respuesta del servidor: %1. Revisa la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The Mikro server answers and is ready.</source>
        <translation>El servidor de Mikro responde y está listo.</translation>
    </message>
    <message>
        <source>This address answers, but not as a Mikro server does.</source>
        <translation>Esta dirección responde, pero no como un servidor de Mikro.</translation>
    </message>
    <message>
        <source>Organisation database (PostgreSQL, trusted network only)</source>
        <translation>Base de datos de la organización (PostgreSQL, solo en una red de confianza)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Déjalo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Mikro&apos;s settings.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en la configuración de Mikro.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Enter the database&apos;s host.</source>
        <translation>Escribe el servidor de la base de datos.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Escribe el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Escribe el usuario de la base de datos.</translation>
    </message>
    <message>
        <source>Mikro could not open the store: %1</source>
        <translation>Mikro no pudo abrir el almacén de datos: %1</translation>
    </message>
    <message>
        <source>Connected. The store is empty; Mikro sets it up when you sign in.</source>
        <translation>Conectado. El almacén de datos está vacío; Mikro lo prepara cuando inicies sesión.</translation>
    </message>
    <message>
        <source>Connected. The store is ready (schema version %1).</source>
        <translation>Conectado. El almacén de datos está listo (versión del esquema %1).</translation>
    </message>
    <message>
        <source>Connected. The store is at schema version %1; Mikro updates it to %2 when you sign in.</source>
        <translation>Conectado. El almacén de datos está en la versión del esquema %1; Mikro lo actualiza a la %2 cuando inicies sesión.</translation>
    </message>
    <message>
        <source>Connected, but a newer Mikro set this store up (schema version %1; this one knows %2). Update Mikro before using it.</source>
        <translation>Conectado, pero una versión más nueva de Mikro preparó este almacén de datos (versión del esquema %1; esta conoce la %2). Actualiza Mikro antes de usarlo.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1), so nothing was saved. Mikro never stores passwords in plain text: use a Mikro server instead, or unlock the keychain and try again.</source>
        <translation>El llavero del sistema no pudo guardar la contraseña (%1), así que no se guardó nada. Mikro nunca guarda contraseñas en texto plano: usa un servidor de Mikro o desbloquea el llavero e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Open the n-th page of the sidebar</source>
        <translation>Abrir la página n de la barra lateral</translation>
    </message>
    <message>
        <source>Refresh the page</source>
        <translation>Actualizar la página</translation>
    </message>
    <message>
        <source>Sidebar labels on or off</source>
        <translation>Mostrar u ocultar las etiquetas de la barra lateral</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Default action of the selected row</source>
        <translation>Acción predeterminada de la fila seleccionada</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog; clear the search box</source>
        <translation>Cerrar un diálogo; vaciar el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Sidebar</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A sidebar entry and its count badge (UI.md §1.4): &quot;Review Checklists 3&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SignInWindow</name>
    <message>
        <source>Sign in to Mikro</source>
        <translation>Inicia sesión en Mikro</translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Task tracking and payments for OpenStreetMap mappers</source>
        <translation>Seguimiento de tareas y pagos para mapeadores de OpenStreetMap</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con tu navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Browser didn&apos;t open?</source>
        <translation>¿No se abrió el navegador?</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer:</source>
        <translation>Abre esta dirección en un navegador de esta computadora:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Configuración de conexión…</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Enlace copiado</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Mikro continues by itself.</source>
        <translation>Termina de iniciar sesión en tu navegador. Mikro continuará automáticamente.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the link below into a browser.</source>
        <translation>No se pudo abrir tu navegador. Copia el enlace de abajo en un navegador.</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Completando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Cargando tu perfil…</translation>
    </message>
    <message>
        <source>Work offline as %1</source>
        <translation>Trabajar sin conexión como %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SignOutQuestion</name>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent. They stay on this computer and are sent the next time you sign in.</source>
        <translation>
            <numerusform>%n cambio no se ha enviado. Se queda en esta computadora y se envía la próxima vez que inicies sesión.</numerusform>
            <numerusform>%n cambios no se han enviado. Se quedan en esta computadora y se envían la próxima vez que inicies sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes and sign out…</source>
        <translation>Descartar cambios y cerrar sesión…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) that have not been sent? They will never reach the server.</source>
        <translation>
            <numerusform>¿Descartar %n cambio que no se ha enviado? Nunca llegará al servidor.</numerusform>
            <numerusform>¿Descartar %n cambios que no se han enviado? Nunca llegarán al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and sign out</source>
        <translation>Descartar y cerrar sesión</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TaskReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) listed</source>
        <translation>
            <numerusform>%n tarea en la lista</numerusform>
            <numerusform>%n tareas en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Another admin decides tasks you mapped.</source>
        <translation>Otro administrador decide las tareas que usted mapeó.</translation>
    </message>
    <message>
        <source>%1 is credited %2.</source>
        <translation>Se acreditan %2 a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n mappers are credited %1 in total.</source>
        <translation>
            <numerusform>%n mapeador recibe %1 en total.</numerusform>
            <numerusform>%n mapeadores reciben %1 en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n validation(s)?</source>
        <translation>
            <numerusform>¿Aceptar %n validación?</numerusform>
            <numerusform>¿Aceptar %n validaciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n validation(s)?</source>
        <translation>
            <numerusform>¿Rechazar %n validación?</numerusform>
            <numerusform>¿Rechazar %n validaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is paid for these tasks.</source>
        <translation>Nadie cobra por estas tareas.</translation>
    </message>
    <message>
        <source>Accept validation</source>
        <translation>Aceptar la validación</translation>
    </message>
    <message>
        <source>Reject validation</source>
        <translation>Rechazar la validación</translation>
    </message>
    <message>
        <source>Accept and credit</source>
        <translation>Aceptar y acreditar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) accepted</source>
        <translation>
            <numerusform>%n validación aceptada</numerusform>
            <numerusform>%n validaciones aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) rejected</source>
        <translation>
            <numerusform>%n validación rechazada</numerusform>
            <numerusform>%n validaciones rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be decided: %1</source>
        <translation>
            <numerusform>No se pudo decidir %n tarea: %1</numerusform>
            <numerusform>No se pudieron decidir %n tareas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Unknown validator</source>
        <translation>Validador desconocido</translation>
    </message>
    <message>
        <source>Self-validation</source>
        <translation>Autovalidación</translation>
    </message>
    <message>
        <source>Mapping at stake</source>
        <translation>Mapeo en juego</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Accept validation…</source>
        <translation>Aceptar la validación…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir en el Tasking Manager</translation>
    </message>
    <message>
        <source>Nothing to review. Tasks validated by someone outside Mikro, or by their own mapper, appear here after a sync.</source>
        <translation>No hay nada que revisar. Las tareas validadas por alguien ajeno a Mikro, o por su propio mapeador, aparecen aquí después de una sincronización.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TrainingEditorDialog</name>
    <message>
        <source>Add &amp;question</source>
        <translation>Añadir pre&amp;gunta</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>&amp;Quitar pregunta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add a&amp;nswer</source>
        <translation>Añadir respuest&amp;a</translation>
    </message>
    <message>
        <source>Remove answe&amp;r</source>
        <translation>Quitar &amp;respuesta</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nueva capacitación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Editar capacitación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Material URL</source>
        <translation>URL del material</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Arriba</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>&amp;Material URL</source>
        <translation>URL del &amp;material</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>&amp;Dificultad</translation>
    </message>
    <message>
        <source>Pass mar&amp;k</source>
        <translation>Nota mí&amp;nima</translation>
    </message>
    <message>
        <source>Answers (tick the one correct answer)</source>
        <translation>Respuestas (marque la única respuesta correcta)</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>La pregunta %1 no tiene texto.</translation>
    </message>
    <message>
        <source>Question %1 needs 2 to %2 answers.</source>
        <translation>La pregunta %1 necesita de 2 a %2 respuestas.</translation>
    </message>
    <message>
        <source>Question %1 has no correct answer.</source>
        <translation>La pregunta %1 no tiene respuesta correcta.</translation>
    </message>
    <message>
        <source>Question %1 has more than one correct answer.</source>
        <translation>La pregunta %1 tiene más de una respuesta correcta.</translation>
    </message>
    <message>
        <source>Question %1 has an empty answer.</source>
        <translation>La pregunta %1 tiene una respuesta vacía.</translation>
    </message>
    <message>
        <source>Question %1 has the same answer twice.</source>
        <translation>La pregunta %1 tiene la misma respuesta dos veces.</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Dé un título a la capacitación.</translation>
    </message>
    <message>
        <source>The material URL must be an http or https address.</source>
        <translation>La URL del material debe ser una dirección http o https.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Añada al menos una pregunta.</translation>
    </message>
    <message>
        <source>Change questions</source>
        <translation>Cambiar preguntas</translation>
    </message>
    <message>
        <source>People who passed keep their result and points; new attempts use the new questions.</source>
        <translation>Quienes aprobaron conservan su resultado y sus puntos; los nuevos intentos usan las nuevas preguntas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Creating the training…</source>
        <translation>Creando la capacitación…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Mapping %1 · Validation %2 · Project %3</source>
        <translation>Mapeo %1 · Validación %2 · Proyecto %3</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Aprobada el %1</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Cuestionario aprobado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Aún sin aprobar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Mapping (%1)</source>
        <translation>Mapeo (%1)</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>Validación (%1)</translation>
    </message>
    <message>
        <source>Project (%1)</source>
        <translation>Proyecto (%1)</translation>
    </message>
    <message>
        <source>No mapping training yet</source>
        <translation>Aún no hay capacitación de mapeo</translation>
    </message>
    <message>
        <source>No validation training yet</source>
        <translation>Aún no hay capacitación de validación</translation>
    </message>
    <message>
        <source>No project training yet</source>
        <translation>Aún no hay capacitación de proyecto</translation>
    </message>
    <message>
        <source>Open material</source>
        <translation>Abrir material</translation>
    </message>
    <message>
        <source>Take quiz…</source>
        <translation>Hacer el cuestionario…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reactivar…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Another admin deactivates your account.</source>
        <translation>Otro administrador desactiva tu cuenta.</translation>
    </message>
    <message>
        <source>Change your own role?</source>
        <translation>¿Cambiar tu propio rol?</translation>
    </message>
    <message>
        <source>You will no longer be an admin: this page and the organisation&apos;s payments close for you. Another admin can make you one again.</source>
        <translation>Dejarás de ser administrador: esta página y los pagos de la organización se cerrarán para ti. Otro administrador puede volver a nombrarte.</translation>
    </message>
    <message>
        <source>Change my role</source>
        <translation>Cambiar mi rol</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ahora es %2</translation>
    </message>
    <message>
        <source>Adjustment recorded for %1: payable now %2</source>
        <translation>Ajuste registrado para %1: por cobrar ahora %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Deactivate %1? %1 can no longer sign in or be assigned. History and ledger stay; the payable %2 is still owed and a pending request stays in the queue.</source>
        <translation>¿Desactivar a %1? %1 ya no podrá iniciar sesión ni ser asignado. El historial y el libro contable se conservan; el saldo por cobrar de %2 se sigue debiendo y una solicitud pendiente sigue en la cola.</translation>
    </message>
    <message>
        <source>Reactivate %1? %1 can sign in again and be assigned to projects.</source>
        <translation>¿Reactivar a %1? %1 podrá volver a iniciar sesión y ser asignado a proyectos.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 desactivado</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reactivado</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>usuarios.csv</translation>
    </message>
    <message>
        <source>The users could not be saved to %1. Choose another folder.</source>
        <translation>No se pudieron guardar los usuarios en %1. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Users exported to %1</source>
        <translation>Usuarios exportados a %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activas</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Without OSM username</source>
        <translation>Sin nombre de usuario de OSM</translation>
    </message>
    <message>
        <source>their work cannot be credited</source>
        <translation>su trabajo no se puede acreditar</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Active and deactivated</source>
        <translation>Activos y desactivados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Ajuste…</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copiar correo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>No one has signed in here yet.</source>
        <translation>Aún nadie ha iniciado sesión aquí.</translation>
    </message>
    <message>
        <source>Ledger…</source>
        <translation>Libro mayor…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ValidatorWork</name>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n estancada</numerusform>
            <numerusform>%n estancadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Validations made</source>
        <translation>Validaciones hechas</translation>
    </message>
    <message>
        <source>Invalidations made</source>
        <translation>Invalidaciones hechas</translation>
    </message>
    <message>
        <source>Validation earnings</source>
        <translation>Ganancias por validación</translation>
    </message>
    <message>
        <source>Checklists to review</source>
        <translation>Listas de verificación por revisar</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Las que más esperan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <source>No checklists are waiting for confirmation.</source>
        <translation>No hay listas de verificación esperando confirmación.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Abrir la revisión</translation>
    </message>
    <message>
        <source>No projects yet. Contact an admin to be assigned as a validator.</source>
        <translation>Aún no tienes proyectos. Pide a un administrador que te asigne como validador.</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>Mis proyectos</translation>
    </message>
</context>
<context>
    <name>mikro::ui::WeeklyTasksChart</name>
    <message>
        <source>Week of %1: %2 %3</source>
        <translation>Semana del %1: %2 %3</translation>
    </message>
    <message>
        <source>No task activity in the last 12 weeks</source>
        <translation>Sin actividad de tareas en las últimas 12 semanas</translation>
    </message>
    <message>
        <source>Weekly tasks</source>
        <translation>Tareas por semana</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
</context>
</TS>
