<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>mikro::auth</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation>Seu login não é válido. Entre novamente.</translation>
    </message>
    <message>
        <source>Sign-in cannot be checked right now. Try again shortly.</source>
        <translation>Não é possível verificar o login agora. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Seu login expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>The signing key is not usable.</source>
        <translation>A chave de assinatura não pode ser usada.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::AuthSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Você não fez login.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::LoopbackReceiver</name>
    <message>
        <source>Mikro can&apos;t receive the sign-in reply: ports %1 are all in use.</source>
        <translation>O Mikro não consegue receber a resposta do login: as portas %1 estão todas em uso.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Login não reconhecido</translation>
    </message>
    <message>
        <source>This sign-in was not started by this Mikro window. Return to Mikro and start again.</source>
        <translation>Este login não foi iniciado por esta janela do Mikro. Volte ao Mikro e comece de novo.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Você já entrou</translation>
    </message>
    <message>
        <source>This sign-in link was already used. You can close this window.</source>
        <translation>Este link de login já foi usado. Você pode fechar esta janela.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Login cancelado</translation>
    </message>
    <message>
        <source>Return to Mikro to try again.</source>
        <translation>Volte ao Mikro para tentar novamente.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Login concluído</translation>
    </message>
    <message>
        <source>You can close this window and return to Mikro.</source>
        <translation>Você pode fechar esta janela e voltar ao Mikro.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::PkceLogin</name>
    <message>
        <source>Sign-in timed out. Nothing was changed.</source>
        <translation>O tempo para o login se esgotou. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused. Try again.</source>
        <translation>O login foi cancelado ou recusado. Tente novamente.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::SecretStore</name>
    <message>
        <source>Nothing is stored under that name.</source>
        <translation>Não há nada armazenado com esse nome.</translation>
    </message>
    <message>
        <source>The system keychain isn&apos;t available, so you stay signed in only until Mikro closes.</source>
        <translation>O chaveiro do sistema não está disponível, então sua sessão só fica ativa até o Mikro ser fechado.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>O chaveiro do sistema informou um erro.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::TokenClient</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Sua sessão terminou. Entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check your connection.</source>
        <translation>Não é possível acessar o serviço de login. Verifique sua conexão.</translation>
    </message>
    <message>
        <source>The sign-in service did not issue a session.</source>
        <translation>O serviço de login não emitiu uma sessão.</translation>
    </message>
</context>
<context>
    <name>mikro::client::ApiConnection</name>
    <message>
        <source>Enter the server&apos;s address starting with https:// (http:// only for a server on this computer).</source>
        <translation>Digite o endereço do servidor começando com https:// (http:// só para um servidor neste computador).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>O servidor não respondeu a tempo. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Mikro did not send anything. Check the server address in Settings or ask your administrator.</source>
        <translation>O certificado do servidor não é confiável, então o Mikro não enviou nada. Verifique o endereço do servidor em Configurações ou fale com seu administrador.</translation>
    </message>
    <message>
        <source>Mikro cannot reach the server at %1. Check your connection, or the server address in Settings.</source>
        <translation>O Mikro não consegue acessar o servidor em %1. Verifique sua conexão ou o endereço do servidor em Configurações.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again; if it happens again, tell your administrator.</source>
        <translation>O servidor recusou a requisição (HTTP %1). Tente novamente; se acontecer de novo, avise seu administrador.</translation>
    </message>
</context>
<context>
    <name>mikro::client::HttpBackend</name>
    <message>
        <source>Mikro server at %1</source>
        <translation>Servidor do Mikro em %1</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessBackend</name>
    <message>
        <source>Database %1</source>
        <translation>Banco de dados %1</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessContext</name>
    <message>
        <source>Sign in first.</source>
        <translation>Entre primeiro.</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessSyncClient</name>
    <message>
        <source>No Tasking Manager is configured. Set its address in Settings, then try again.</source>
        <translation>Nenhum Tasking Manager está configurado. Informe o endereço em Configurações e tente de novo.</translation>
    </message>
</context>
<context>
    <name>mikro::client::JsonReader</name>
    <message>
        <source>The server&apos;s answer could not be read. Mikro and the server may be different versions: update Mikro, or tell your administrator.</source>
        <translation>Não foi possível ler a resposta do servidor. O Mikro e o servidor podem ser de versões diferentes: atualize o Mikro ou avise seu administrador.</translation>
    </message>
</context>
<context>
    <name>mikro::client::KeptReads</name>
    <message>
        <source>You are working offline. Sign in to read the latest.</source>
        <translation>Você está trabalhando off-line. Entre para ver o mais recente.</translation>
    </message>
</context>
<context>
    <name>mikro::client::OfflineChecklistsClient</name>
    <message>
        <source>&apos;%1&apos; was never created on the server, so this change was not applied.</source>
        <translation>“%1” nunca foi criada no servidor, então esta alteração não foi aplicada.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was already confirmed — nothing was lost.</source>
        <translation>O item %1 de “%2” já estava confirmado — nada foi perdido.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was already confirmed by %3 at %4 — nothing was lost.</source>
        <translation>O item %1 de “%2” já tinha sido confirmado por %3 às %4 — nada foi perdido.</translation>
    </message>
    <message>
        <source>%1 marked item %2 as not done before your confirmation arrived; it was not confirmed.</source>
        <translation>%1 marcou o item %2 como não feito antes de sua confirmação chegar; ele não foi confirmado.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was confirmed before your change arrived; it stays done.</source>
        <translation>O item %1 de “%2” foi confirmado antes de sua alteração chegar; ele continua feito.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; no longer exists; %n change(s) were not applied.</source>
        <translation>
            <numerusform>“%1” não existe mais; %n alteração não foi aplicada.</numerusform>
            <numerusform>“%1” não existe mais; %n alterações não foram aplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; no longer exists for %2; %n change(s) were not applied.</source>
        <translation>
            <numerusform>“%1” não existe mais para %2; %n alteração não foi aplicada.</numerusform>
            <numerusform>“%1” não existe mais para %2; %n alterações não foram aplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer confirm checklists; %n change(s) were not applied.</source>
        <translation>
            <numerusform>Você não pode mais confirmar listas de verificação; %n alteração não foi aplicada.</numerusform>
            <numerusform>Você não pode mais confirmar listas de verificação; %n alterações não foram aplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer work on this checklist; %n change(s) were not applied.</source>
        <translation>
            <numerusform>Você não pode mais trabalhar nesta lista de verificação; %n alteração não foi aplicada.</numerusform>
            <numerusform>Você não pode mais trabalhar nesta lista de verificação; %n alterações não foram aplicadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::client::OfflineStore</name>
    <message>
        <source>This computer&apos;s offline data cannot be opened.</source>
        <translation>Não é possível abrir os dados off-line deste computador.</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data was written by a newer Mikro. Update Mikro to use it.</source>
        <translation>Os dados off-line deste computador foram gravados por uma versão mais nova do Mikro. Atualize o Mikro para usá-los.</translation>
    </message>
</context>
<context>
    <name>mikro::client::Tm4Slot</name>
    <message>
        <source>No Tasking Manager is configured for this connection. Set connection/tm4ApiUrl in the desktop&apos;s settings file, or connect through mikro-server.</source>
        <translation>Nenhum Tasking Manager está configurado para esta conexão. Defina connection/tm4ApiUrl no arquivo de configurações do desktop, ou conecte-se através do mikro-server.</translation>
    </message>
</context>
<context>
    <name>mikro::core::ConfigReader</name>
    <message>
        <source>Configuration error: %1.</source>
        <translation>Erro de configuração: %1.</translation>
    </message>
</context>
<context>
    <name>mikro::core::Csv</name>
    <message>
        <source>The file is not valid CSV at line %1.</source>
        <translation>O arquivo não é um CSV válido na linha %1.</translation>
    </message>
</context>
<context>
    <name>mikro::core::Money</name>
    <message>
        <source>Enter an amount like 12.50: digits, at most two decimals, no signs or separators.</source>
        <translation>Informe um valor como 12.50: só dígitos, no máximo duas casas decimais, sem sinais nem separadores.</translation>
    </message>
</context>
<context>
    <name>mikro::desktop::CommandLine</name>
    <message>
        <source>Mikro desktop.</source>
        <translation>Mikro para desktop.</translation>
    </message>
    <message>
        <source>The Mikro server to use instead of the configured one (https, or http on this computer).</source>
        <translation>O servidor do Mikro a usar em vez do configurado (https, ou http neste computador).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Work in process on this SQLite file instead of a Mikro server (one person&apos;s own data).</source>
        <translation>Trabalhar no próprio processo com este arquivo SQLite em vez de um servidor do Mikro (os dados de uma só pessoa).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
</context>
<context>
    <name>mikro::desktop::DesktopComposition</name>
    <message>
        <source>Your local data can&apos;t be opened: %1 Check that the data folder is writable, or choose a Mikro server in the connection settings.</source>
        <translation>Não é possível abrir seus dados locais: %1 Verifique se a pasta de dados permite gravação ou escolha um servidor do Mikro nas configurações de conexão.</translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation>Boas-vindas ao Mikro</translation>
    </message>
    <message>
        <source>Signed out on this computer; the session expires by itself.</source>
        <translation>Você saiu neste computador; a sessão expira por si só.</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer to work offline with. Sign in once with a connection first.</source>
        <translation>Não há nada guardado neste computador para trabalhar off-line. Entre uma vez com conexão primeiro.</translation>
    </message>
    <message>
        <source>Working offline. Sign in again to send your changes.</source>
        <translation>Trabalhando off-line. Entre novamente para enviar suas alterações.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::AccessPolicy</name>
    <message>
        <source>Finish your profile first: OSM username, payment email, city, country and the terms.</source>
        <translation>Primeiro complete seu perfil: nome de usuário do OSM, e-mail de pagamento, cidade, país e aceite dos termos.</translation>
    </message>
    <message>
        <source>You are not part of an organisation yet.</source>
        <translation>Você ainda não faz parte de nenhuma organização.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Sua função não permite isso.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::AuditTrail</name>
    <message>
        <source>Ask for 1 to 500 entries.</source>
        <translation>Solicite de 1 a 500 entradas.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::BudgetCalculator</name>
    <message>
        <source>That project does not exist.</source>
        <translation>Esse projeto não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistAdmin</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Essa lista de verificação não existe.</translation>
    </message>
    <message>
        <source>This checklist was confirmed and credited; it stays.</source>
        <translation>Esta lista de verificação já foi confirmada e creditada; ela não pode ser removida.</translation>
    </message>
    <message>
        <source>This text is empty or too long.</source>
        <translation>Este texto está vazio ou é longo demais.</translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation>As tarifas não podem ser negativas.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistBoard</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Essa lista de verificação não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistComments</name>
    <message>
        <source>You are posting comments too fast. Wait a moment and try again.</source>
        <translation>Você está publicando comentários rápido demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>A comment of up to 2000 characters is required.</source>
        <translation>É obrigatório escrever um comentário de até 2000 caracteres.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Sua função não permite isso.</translation>
    </message>
    <message>
        <source>Only its author or an admin deletes a comment.</source>
        <translation>Somente o autor de um comentário ou um administrador pode excluí-lo.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistItems</name>
    <message>
        <source>Too many items.</source>
        <translation>Há itens demais.</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>A numeração dos itens começa em 1.</translation>
    </message>
    <message>
        <source>Every item needs a number from 1 and an action of up to 1000 characters.</source>
        <translation>Cada item precisa de um número a partir de 1 e de uma ação de até 1000 caracteres.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Os links devem ser endereços http ou https.</translation>
    </message>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Essa lista de verificação não existe.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>Uma lista de verificação precisa de pelo menos um item.</translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation>Esse item não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistService</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>Essa lista de verificação não existe.</translation>
    </message>
    <message>
        <source>A name of up to 255 characters is required.</source>
        <translation>É obrigatório informar um nome de até 255 caracteres.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation>As tarifas não podem ser negativas.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>Uma lista de verificação precisa de pelo menos um item.</translation>
    </message>
    <message>
        <source>Every item needs an action of up to 1000 characters.</source>
        <translation>Cada item precisa de uma ação de até 1000 caracteres.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Os links devem ser endereços http ou https.</translation>
    </message>
    <message>
        <source>This checklist is not open.</source>
        <translation>Esta lista de verificação não está aberta.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Essa pessoa não existe.</translation>
    </message>
    <message>
        <source>This checklist was already started.</source>
        <translation>Esta lista de verificação já foi iniciada.</translation>
    </message>
    <message>
        <source>Only the checklist&apos;s owner ticks its items.</source>
        <translation>Somente o dono da lista de verificação pode marcar os itens dela.</translation>
    </message>
    <message>
        <source>A confirmed item cannot be unticked.</source>
        <translation>Um item confirmado não pode ser desmarcado.</translation>
    </message>
    <message>
        <source>Someone else confirms your own checklist.</source>
        <translation>Outra pessoa precisa confirmar sua própria lista de verificação.</translation>
    </message>
    <message>
        <source>This item was already confirmed.</source>
        <translation>Este item já foi confirmado.</translation>
    </message>
    <message>
        <source>The owner has not completed this item yet.</source>
        <translation>O dono ainda não concluiu este item.</translation>
    </message>
    <message>
        <source>Every item must be completed first.</source>
        <translation>Primeiro é preciso concluir todos os itens.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::CreditingService</name>
    <message>
        <source>That task does not exist.</source>
        <translation>Essa tarefa não existe.</translation>
    </message>
    <message>
        <source>This task is not waiting for a review.</source>
        <translation>Esta tarefa não está aguardando revisão.</translation>
    </message>
    <message>
        <source>Another admin has to decide on your own work.</source>
        <translation>Outro administrador precisa decidir sobre seu próprio trabalho.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::IdentityService</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation>Seu login não é válido. Entre novamente.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an admin of your organisation to restore it.</source>
        <translation>Esta conta foi desativada. Peça a um administrador da sua organização para restaurá-la.</translation>
    </message>
    <message>
        <source>Your sign-in belongs to another organisation than your account. Ask an admin to move your account.</source>
        <translation>Seu login pertence a uma organização diferente da sua conta. Peça a um administrador para mover sua conta.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Não encontrado.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::LedgerHistory</name>
    <message>
        <source>Ask for 1 to 200 ledger lines at a time.</source>
        <translation>Peça de 1 a 200 linhas do livro-razão por vez.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>O deslocamento não pode ser negativo.</translation>
    </message>
    <message>
        <source>This person is not in your organisation.</source>
        <translation>Esta pessoa não pertence à sua organização.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::OrganisationSettings</name>
    <message>
        <source>That organisation does not exist.</source>
        <translation>Essa organização não existe.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD.</source>
        <translation>Use um código de moeda de três letras, como USD.</translation>
    </message>
    <message>
        <source>The minimum payout cannot be negative.</source>
        <translation>O pagamento mínimo não pode ser negativo.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <source>The currency cannot change once the organisation has ledger entries.</source>
        <translation>A moeda não pode ser alterada depois que a organização tiver lançamentos no livro-razão.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::OsmUsernames</name>
    <message>
        <source>Another admin has to decide on your own change.</source>
        <translation>Outro administrador precisa decidir sobre sua própria alteração.</translation>
    </message>
    <message>
        <source>That person has no OSM username change waiting.</source>
        <translation>Essa pessoa não tem nenhuma alteração de nome de usuário do OSM pendente.</translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation>Esse nome de usuário do OSM já está em uso.</translation>
    </message>
    <message>
        <source>Changing your OSM username needs an organisation to approve it.</source>
        <translation>Para alterar seu nome de usuário do OSM, é preciso uma organização que aprove a alteração.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PaymentRecords</name>
    <message>
        <source>There is no such payout request.</source>
        <translation>Essa solicitação de pagamento não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PayoutService</name>
    <message>
        <source>That payout request does not exist.</source>
        <translation>Essa solicitação de pagamento não existe.</translation>
    </message>
    <message>
        <source>This request was already paid, rejected or cancelled.</source>
        <translation>Esta solicitação já foi paga, recusada ou cancelada.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <source>You already have a payout request waiting.</source>
        <translation>Você já tem uma solicitação de pagamento pendente.</translation>
    </message>
    <message>
        <source>There is nothing to pay out yet.</source>
        <translation>Ainda não há nada a pagar.</translation>
    </message>
    <message>
        <source>Your payable amount is below your organisation&apos;s minimum payout.</source>
        <translation>Seu valor a receber está abaixo do pagamento mínimo da sua organização.</translation>
    </message>
    <message>
        <source>The amount paid must be more than zero and at most the amount requested.</source>
        <translation>O valor pago deve ser maior que zero e não pode passar do valor solicitado.</translation>
    </message>
    <message>
        <source>That transfer reference was already used in your organisation.</source>
        <translation>Essa referência da transferência já foi usada na sua organização.</translation>
    </message>
    <message>
        <source>An adjustment cannot be zero.</source>
        <translation>Um ajuste não pode ser zero.</translation>
    </message>
    <message>
        <source>A valid operation key is required.</source>
        <translation>É obrigatória uma chave de operação válida.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Essa pessoa não existe.</translation>
    </message>
    <message>
        <source>This operation key was already used for another change.</source>
        <translation>Esta chave de operação já foi usada para outra alteração.</translation>
    </message>
    <message>
        <source>The amount must be more than zero and at most the payable amount.</source>
        <translation>O valor deve ser maior que zero e não pode passar do valor a receber.</translation>
    </message>
    <message>
        <source>This person already has a payout request waiting.</source>
        <translation>Esta pessoa já tem uma solicitação de pagamento pendente.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>Esse projeto não existe.</translation>
    </message>
    <message>
        <source>Money for your own account needs another admin of your organisation.</source>
        <translation>Movimentações de dinheiro na sua própria conta precisam ser feitas por outro administrador da sua organização.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PeopleService</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <source>This text holds control characters.</source>
        <translation>Este texto contém caracteres de controle.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Essa pessoa não existe.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Informe um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>Accept the terms to continue.</source>
        <translation>Aceite os termos para continuar.</translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation>Esse nome de usuário do OSM já está em uso.</translation>
    </message>
    <message>
        <source>An organisation needs at least one admin.</source>
        <translation>Uma organização precisa de pelo menos um administrador.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Você não pode desativar sua própria conta.</translation>
    </message>
    <message>
        <source>This person is already deactivated.</source>
        <translation>Esta pessoa já está desativada.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PersonWorkQuery</name>
    <message>
        <source>That person does not exist.</source>
        <translation>Essa pessoa não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectMembership</name>
    <message>
        <source>That person is not a member of this project.</source>
        <translation>Essa pessoa não é membro deste projeto.</translation>
    </message>
    <message>
        <source>This project cannot be joined.</source>
        <translation>Não é possível participar deste projeto.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>Essa pessoa não existe.</translation>
    </message>
    <message>
        <source>Validating needs the validator role.</source>
        <translation>Para validar, é preciso ter a função de validador.</translation>
    </message>
    <message>
        <source>The project&apos;s required trainings are not all passed yet.</source>
        <translation>Ainda há treinamentos exigidos pelo projeto sem aprovação.</translation>
    </message>
    <message>
        <source>This project is full.</source>
        <translation>Este projeto está lotado.</translation>
    </message>
    <message>
        <source>Already a member of this project.</source>
        <translation>Já é membro deste projeto.</translation>
    </message>
    <message>
        <source>Ask an admin to leave this project.</source>
        <translation>Para sair deste projeto, peça a um administrador.</translation>
    </message>
    <message>
        <source>You are not a member of this project.</source>
        <translation>Você não é membro deste projeto.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectRequirements</name>
    <message>
        <source>Give at most 50 training ids, each a positive number.</source>
        <translation>Informe no máximo 50 IDs de treinamento, cada um sendo um número positivo.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>Esse projeto não existe.</translation>
    </message>
    <message>
        <source>That training does not exist.</source>
        <translation>Esse treinamento não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectService</name>
    <message>
        <source>That project does not exist.</source>
        <translation>Esse projeto não existe.</translation>
    </message>
    <message>
        <source>Rates must be at least 0.01.</source>
        <translation>As tarifas devem ser de pelo menos 0.01.</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>O orçamento é alto demais.</translation>
    </message>
    <message>
        <source>Paste the Tasking Manager project&apos;s address, ending in its number.</source>
        <translation>Cole o endereço do projeto no Tasking Manager, que termina com o número dele.</translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation>Os limites não podem ser negativos.</translation>
    </message>
    <message>
        <source>That project is already in Mikro.</source>
        <translation>Esse projeto já está no Mikro.</translation>
    </message>
    <message>
        <source>The limit is below the people already assigned.</source>
        <translation>O limite é menor que o número de pessoas já atribuídas.</translation>
    </message>
    <message>
        <source>People were paid for this project; deactivate it instead.</source>
        <translation>Já houve pagamentos a pessoas por este projeto; desative-o em vez disso.</translation>
    </message>
    <message>
        <source>Give a difficulty of 1 to 50 characters.</source>
        <translation>Informe uma dificuldade de 1 a 50 caracteres.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ReconciliationService</name>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation>Linha %1 do arquivo: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>falta a coluna “%1”</translation>
    </message>
    <message>
        <source>it has fewer columns than the header</source>
        <translation>ela tem menos colunas que o cabeçalho</translation>
    </message>
    <message>
        <source>the request id is not a number</source>
        <translation>o ID da solicitação não é um número</translation>
    </message>
    <message>
        <source>the amount is not like 12.50</source>
        <translation>o valor não está no formato 12.50</translation>
    </message>
    <message>
        <source>a paid row needs a transfer reference</source>
        <translation>uma linha paga precisa de uma referência da transferência</translation>
    </message>
    <message>
        <source>Requests changed since the preview: %1 rows match now, not %2. Nothing was paid; check the preview again.</source>
        <translation>As solicitações mudaram desde a prévia: agora %1 linhas correspondem, não %2. Nada foi pago; confira a prévia de novo.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingCatalog</name>
    <message>
        <source>That training does not exist.</source>
        <translation>Esse treinamento não existe.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingService</name>
    <message>
        <source>That training does not exist.</source>
        <translation>Esse treinamento não existe.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <source>Choose Mapping, Validation or Project.</source>
        <translation>Escolha Mapeamento, Validação ou Projeto.</translation>
    </message>
    <message>
        <source>The pass mark is a percentage.</source>
        <translation>A nota mínima de aprovação é uma porcentagem.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Os links devem ser endereços http ou https.</translation>
    </message>
    <message>
        <source>A training needs at least one question.</source>
        <translation>Um treinamento precisa de pelo menos uma pergunta.</translation>
    </message>
    <message>
        <source>Each question needs one correct answer and at least one wrong one.</source>
        <translation>Cada pergunta precisa de uma resposta correta e de pelo menos uma errada.</translation>
    </message>
    <message>
        <source>Answer every question.</source>
        <translation>Responda a todas as perguntas.</translation>
    </message>
    <message>
        <source>An answer does not belong to its question.</source>
        <translation>Uma resposta não pertence à pergunta dela.</translation>
    </message>
    <message>
        <source>Pass the training&apos;s quiz first.</source>
        <translation>Primeiro seja aprovado no questionário do treinamento.</translation>
    </message>
    <message numerus="yes">
        <source>You have used today&apos;s %n quiz attempt(s) for this training. Review the material and try again later.</source>
        <translation>
            <numerusform>Você já usou a %n tentativa diária do questionário deste treinamento. Revise o material e tente novamente mais tarde.</numerusform>
            <numerusform>Você já usou as %n tentativas diárias do questionário deste treinamento. Revise o material e tente novamente mais tarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::http</name>
    <message>
        <source>The server is busy. Try again shortly.</source>
        <translation>O servidor está ocupado. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Ação desconhecida.</translation>
    </message>
    <message>
        <source>This action does not accept that method.</source>
        <translation>Esta ação não aceita esse método.</translation>
    </message>
    <message>
        <source>Too many connections from your address. Close some and try again.</source>
        <translation>Há conexões demais a partir do seu endereço. Feche algumas e tente novamente.</translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpConnection</name>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>A requisição demorou demais para chegar.</translation>
    </message>
    <message>
        <source>The request path is not valid.</source>
        <translation>O caminho da requisição não é válido.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Erro interno do servidor</translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Não é possível escutar em %1:%2.</translation>
    </message>
</context>
<context>
    <name>mikro::http::RequestReader</name>
    <message>
        <source>The request has the %1 header more than once.</source>
        <translation>A requisição tem o cabeçalho %1 mais de uma vez.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is accepted.</source>
        <translation>Só é aceita a codificação de transferência chunked.</translation>
    </message>
    <message>
        <source>The request has both Transfer-Encoding and Content-Length.</source>
        <translation>A requisição tem Transfer-Encoding e Content-Length ao mesmo tempo.</translation>
    </message>
    <message>
        <source>The request body is larger than allowed.</source>
        <translation>O corpo da requisição é maior que o permitido.</translation>
    </message>
    <message>
        <source>The request headers are larger than allowed.</source>
        <translation>Os cabeçalhos da requisição são maiores que o permitido.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP.</source>
        <translation>A requisição não está em formato HTTP válido.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Só há suporte para HTTP/1.0 e HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>mikro::models::AuditEntities</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Payout request</source>
        <translation>Solicitação de pagamento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
</context>
<context>
    <name>mikro::models::ChecklistAssignmentsModel</name>
    <message>
        <source>Assigned</source>
        <translation>Atribuída</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Aguardando confirmação</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Parada</translation>
    </message>
</context>
<context>
    <name>mikro::models::ChecklistTemplatesModel</name>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Nota da decisão</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referência da transferência</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pago para</translation>
    </message>
    <message>
        <source>Request #</source>
        <translation>Solicitação n.º</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Referente a</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>TM4 #</source>
        <translation>N.º TM4</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Meu papel</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificuldade</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Tarifa de mapeamento</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>My mapped</source>
        <translation>Mapeadas por mim</translation>
    </message>
    <message>
        <source>My validated</source>
        <translation>Minhas validadas</translation>
    </message>
    <message>
        <source>My earnings</source>
        <translation>Meus ganhos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>My best score</source>
        <translation>Minha melhor nota</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>Exigido por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitos</translation>
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
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Aguardando desde</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Meu pagamento</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Amount in file</source>
        <translation>Valor no arquivo</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Valor solicitado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>Nome de usuário do OSM</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tarefas mapeadas</translation>
    </message>
    <message>
        <source>Task earnings</source>
        <translation>Ganhos com tarefas</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>A receber</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acesso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID da entidade</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Task #</source>
        <translation>Tarefa n.º</translation>
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
        <translation>Validada em</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Validated %</source>
        <translation>% validado</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
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
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Missing training</source>
        <translation>Treinamento pendente</translation>
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
        <translation>Parada</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visível</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tarifa de conclusão</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuídas</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado por</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Exigido por</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última execução</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminou</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Eventos novos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
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
        <translation>Erro</translation>
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
        <translation>Ganho</translation>
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
        <translation>Pago por</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Melhor pontuação</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Aprovado em</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Na fila desde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Validated by me</source>
        <translation>Validadas por mim</translation>
    </message>
    <message>
        <source>Invalidated by me</source>
        <translation>Invalidadas por mim</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
</context>
<context>
    <name>mikro::models::EarningsByKindModel</name>
    <message>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
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
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>mikro::models::ImportPreviewModel</name>
    <message>
        <source>%1 (changed meanwhile)</source>
        <translation>%1 (mudou nesse meio-tempo)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Corresponde</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Já paga</translation>
    </message>
    <message>
        <source>Already paid (#%1, %2)</source>
        <translation>Já paga (n.º %1, %2)</translation>
    </message>
    <message>
        <source>Unknown request</source>
        <translation>Solicitação desconhecida</translation>
    </message>
    <message>
        <source>Not pending</source>
        <translation>Não pendente</translation>
    </message>
    <message>
        <source>Not pending (%1)</source>
        <translation>Não pendente (%1)</translation>
    </message>
    <message>
        <source>Email differs</source>
        <translation>O e-mail é diferente</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>O valor é diferente</translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation>A moeda é diferente</translation>
    </message>
    <message>
        <source>Failed at provider</source>
        <translation>Falhou no provedor</translation>
    </message>
    <message>
        <source>Reference already used</source>
        <translation>Referência já usada</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Repete uma linha anterior</translation>
    </message>
    <message>
        <source>Your own request: another admin pays it</source>
        <translation>Sua própria solicitação: outro administrador a paga</translation>
    </message>
</context>
<context>
    <name>mikro::models::LedgerModel</name>
    <message>
        <source>Project %1</source>
        <translation>Projeto %1</translation>
    </message>
    <message>
        <source>%1 · task #%2</source>
        <translation>%1 · tarefa n.º %2</translation>
    </message>
</context>
<context>
    <name>mikro::models::MoneyText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Digite um valor.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Digite um valor como %1.</translation>
    </message>
    <message>
        <source>Use at most two decimals.</source>
        <translation>Use no máximo duas casas decimais.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Digite um valor de zero ou mais.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Digite um valor maior que zero.</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Digite um valor diferente de zero.</translation>
    </message>
    <message>
        <source>Enter an amount from %1 to %2.</source>
        <translation>Digite um valor de %1 a %2.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Digite no máximo %1.</translation>
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
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Acima do orçamento</translation>
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
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
</context>
<context>
    <name>mikro::models::PendingChangesModel</name>
    <message>
        <source>a checklist</source>
        <translation>uma lista de verificação</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Começar %1</translation>
    </message>
    <message>
        <source>Mark item %1 of %2 done</source>
        <translation>Marcar o item %1 de %2 como feito</translation>
    </message>
    <message>
        <source>Mark item %1 of %2 not done</source>
        <translation>Marcar o item %1 de %2 como não feito</translation>
    </message>
    <message>
        <source>Confirm item %1 of %2</source>
        <translation>Confirmar o item %1 de %2</translation>
    </message>
    <message>
        <source>Confirm item %1 of %2 for %3</source>
        <translation>Confirmar o item %1 de %2 de %3</translation>
    </message>
    <message>
        <source>Comment on %1: “%2”</source>
        <translation>Comentário em %1: “%2”</translation>
    </message>
    <message>
        <source>Delete your comment on %1</source>
        <translation>Excluir seu comentário em %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Retrying at %1, attempt %2</source>
        <translation>Nova tentativa às %1, tentativa %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
</context>
<context>
    <name>mikro::models::PersonWorkModels</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
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
        <translation>faltam %1</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProviderFile</name>
    <message>
        <source>The file is empty: a provider&apos;s result file starts with a header row.</source>
        <translation>O arquivo está vazio: o arquivo de resultados de um provedor começa com uma linha de cabeçalho.</translation>
    </message>
</context>
<context>
    <name>mikro::models::RecordTableModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
</context>
<context>
    <name>mikro::models::ReviewChecklistsModel</name>
    <message>
        <source>Stale</source>
        <translation>Parada</translation>
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
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Checklist validation</source>
        <translation>Validação de lista de verificação</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Estorno</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pagamento</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Unknown validator</source>
        <translation>Validador desconhecido</translation>
    </message>
    <message>
        <source>Self-validation</source>
        <translation>Autovalidação</translation>
    </message>
    <message>
        <source>Validator without the validator role</source>
        <translation>Validador sem a função de validador</translation>
    </message>
    <message>
        <source>Not a project member</source>
        <translation>Não é membro do projeto</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
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
        <translation>Projeto</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncProjectsModel</name>
    <message>
        <source>Listing tasks…</source>
        <translation>Listando tarefas…</translation>
    </message>
    <message>
        <source>Fetching histories %1 / %2</source>
        <translation>Obtendo históricos %1 / %2</translation>
    </message>
    <message>
        <source>Running elsewhere until %1</source>
        <translation>Em andamento em outra instância até %1</translation>
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
        <translation>Agendada</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncWords</name>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Bem-sucedida</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not synced: no members</source>
        <translation>Não sincronizado: sem membros</translation>
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
        <translation>Em andamento em outra instância</translation>
    </message>
</context>
<context>
    <name>mikro::models::TrainingsModel</name>
    <message>
        <source>Passed %1</source>
        <translation>Aprovado em %1</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Não aprovado</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Sem tentativas</translation>
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
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativado</translation>
    </message>
</context>
<context>
    <name>mikro::models::WeeklyTasksModel</name>
    <message>
        <source>Week of</source>
        <translation>Semana de</translation>
    </message>
</context>
<context>
    <name>mikro::store</name>
    <message>
        <source>That already exists.</source>
        <translation>Isso já existe.</translation>
    </message>
    <message>
        <source>The change conflicts with the stored data and was not made.</source>
        <translation>A alteração conflita com os dados armazenados e não foi feita.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Try again shortly.</source>
        <translation>Não é possível acessar o banco de dados agora. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
</context>
<context>
    <name>mikro::store::AppliedOperations</name>
    <message>
        <source>This operation could not be applied; try again.</source>
        <translation>Esta operação não pôde ser aplicada; tente novamente.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another request. Send a new key for a new change.</source>
        <translation>Esta Idempotency-Key já foi usada em outra requisição. Envie uma nova chave para uma nova alteração.</translation>
    </message>
    <message>
        <source>This operation is still being applied; try again.</source>
        <translation>Esta operação ainda está sendo aplicada; tente novamente.</translation>
    </message>
</context>
<context>
    <name>mikro::store::Migrator</name>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation>Não foi possível preparar o esquema do banco de dados.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncEngine</name>
    <message>
        <source>The request to the Tasking Manager was cancelled.</source>
        <translation>A requisição ao Tasking Manager foi cancelada.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>Esse projeto não existe.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be synchronised and will be tried again: %1</source>
        <translation>
            <numerusform>%n tarefa não pôde ser sincronizada e será tentada novamente: %1</numerusform>
            <numerusform>%n tarefas não puderam ser sincronizadas e serão tentadas novamente: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Sua função não permite isso.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncRuns</name>
    <message>
        <source>This project is being synchronised already. Its figures update when that sync ends.</source>
        <translation>Este projeto já está sendo sincronizado. Os números dele serão atualizados quando essa sincronização terminar.</translation>
    </message>
    <message>
        <source>This sync took too long and another one took over the project.</source>
        <translation>Esta sincronização demorou demais e outra assumiu o projeto.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncScheduler</name>
    <message>
        <source>Only admins ask for a full sync.</source>
        <translation>Só administradores pedem uma sincronização completa.</translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Parser</name>
    <message>
        <source>The Tasking Manager sent a reply Mikro cannot read (%1).</source>
        <translation>O Tasking Manager enviou uma resposta que o Mikro não consegue ler (%1).</translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Transport</name>
    <message>
        <source>The Tasking Manager did not answer. Mikro will try again at the next sync.</source>
        <translation>O Tasking Manager não respondeu. O Mikro tentará novamente na próxima sincronização.</translation>
    </message>
    <message>
        <source>The Tasking Manager has no such project or task.</source>
        <translation>Esse projeto ou essa tarefa não existe no Tasking Manager.</translation>
    </message>
    <message>
        <source>The Tasking Manager refused Mikro&apos;s token. Ask an administrator to check TM4_API_TOKEN and TM4_AUTH_SCHEME.</source>
        <translation>O Tasking Manager recusou o token do Mikro. Peça a um administrador para verificar TM4_API_TOKEN e TM4_AUTH_SCHEME.</translation>
    </message>
    <message>
        <source>The Tasking Manager answered with an unexpected status (%1).</source>
        <translation>O Tasking Manager respondeu com um status inesperado (%1).</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>Ainda sem organização</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Aceitos em %1</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>Ainda não aceitos</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Your sign-in is remembered in the system keychain.</source>
        <translation>Seu login fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Kept in memory only: the system keychain isn&apos;t available.</source>
        <translation>Guardado só na memória: o chaveiro do sistema não está disponível.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email (from your sign-in account)</source>
        <translation>E-mail (da sua conta de login)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>Nome de usuário do OSM</translation>
    </message>
    <message>
        <source>Payment email</source>
        <translation>E-mail de pagamento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Termos de serviço</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tarefas mapeadas</translation>
    </message>
    <message>
        <source>Tasks validated</source>
        <translation>Tarefas validadas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>A receber</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Pontos de treinamento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Enter your OSM username (at most %1 characters).</source>
        <translation>Digite seu nome de usuário do OSM (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Enter a payment email such as name@example.com.</source>
        <translation>Digite um e-mail de pagamento como nome@exemplo.com.</translation>
    </message>
    <message>
        <source>Repeat the new payment email.</source>
        <translation>Repita o novo e-mail de pagamento.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Escolha seu país na lista.</translation>
    </message>
    <message>
        <source>Enter your city (at most %1 characters).</source>
        <translation>Digite sua cidade (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Change your details?</source>
        <translation>Alterar seus dados?</translation>
    </message>
    <message>
        <source>Tasking Manager work is credited by username. From the next sync, tasks by &apos;%1&apos; are credited to you; earnings already credited stay.</source>
        <translation>O trabalho do Tasking Manager é creditado pelo nome de usuário. A partir da próxima sincronização, as tarefas de &apos;%1&apos; são creditadas a você; os ganhos já creditados permanecem.</translation>
    </message>
    <message>
        <source>Future payouts, including your pending request, go to %1.</source>
        <translation>Os pagamentos futuros, incluindo sua solicitação pendente, vão para %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Your details were saved</source>
        <translation>Seus dados foram salvos</translation>
    </message>
    <message>
        <source>Your details were saved; the OSM username &apos;%1&apos; waits for an admin&apos;s approval</source>
        <translation>Seus dados foram salvos; o nome de usuário do OSM &apos;%1&apos; aguarda a aprovação de um administrador</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Repeat payment email</source>
        <translation>Repita o e-mail de pagamento</translation>
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
        <translation>A pessoa verá isto</translation>
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
        <translation>&amp;Valor</translation>
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
        <translation>Registrando o ajuste…</translation>
    </message>
    <message>
        <source>Payable becomes negative (%1): %2 cannot request a payout until it is positive again.</source>
        <translation>O saldo a receber fica negativo (%1): %2 não pode solicitar pagamento até que volte a ser positivo.</translation>
    </message>
    <message>
        <source>Debit %1 %2? Payable becomes %3.</source>
        <translation>Debitar %2 de %1? O saldo a receber fica em %3.</translation>
    </message>
    <message>
        <source>Credit %1 %2? Payable becomes %3.</source>
        <translation>Creditar %2 para %1? O saldo a receber fica em %3.</translation>
    </message>
    <message>
        <source>Payable becomes negative.</source>
        <translation>O saldo a receber fica negativo.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AssignChecklistDialog</name>
    <message>
        <source>Assign &apos;%1&apos;</source>
        <translation>Atribuir “%1”</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar pessoas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Reading the people…</source>
        <translation>Lendo as pessoas…</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>aguardando confirmação</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>%1 — has it (%2)</source>
        <translation>%1 — já tem (%2)</translation>
    </message>
    <message>
        <source>Everyone already has this checklist.</source>
        <translation>Todos já têm esta lista de verificação.</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %n people</source>
        <translation>
            <numerusform>Atribuir a %n pessoa</numerusform>
            <numerusform>Atribuir a %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the template first: only active templates can be assigned.</source>
        <translation>Ative o modelo primeiro: somente modelos ativos podem ser atribuídos.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n people.</source>
        <translation>
            <numerusform>Atribuída a %n pessoa.</numerusform>
            <numerusform>Atribuída a %n pessoas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people could not be assigned.</source>
        <translation>
            <numerusform>Não foi possível atribuir a %n pessoa.</numerusform>
            <numerusform>Não foi possível atribuir a %n pessoas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1 of %2…</source>
        <translation>Atribuindo %1 de %2…</translation>
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
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Older entries could not be loaded: %1</source>
        <translation>Não foi possível carregar as entradas anteriores: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar o registro de auditoria</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>registro-de-auditoria.csv</translation>
    </message>
    <message>
        <source>Reading entries…</source>
        <translation>Lendo as entradas…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportação cancelada; nada foi gravado</translation>
    </message>
    <message>
        <source>The audit log could not be read for the export: %1</source>
        <translation>Não foi possível ler o registro de auditoria para exportá-lo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read…</source>
        <translation>
            <numerusform>%n entrada lida…</numerusform>
            <numerusform>%n entradas lidas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1. Choose another folder.</source>
        <translation>Não foi possível salvar o registro de auditoria em %1. Escolha outra pasta.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entrada exportada para %1</numerusform>
            <numerusform>%n entradas exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualquer ação</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Qualquer entidade</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidade</translation>
    </message>
    <message>
        <source>Search inside details…</source>
        <translation>Pesquisar nos detalhes…</translation>
    </message>
    <message>
        <source>Search inside details</source>
        <translation>Pesquisar nos detalhes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalhes da entrada selecionada</translation>
    </message>
    <message>
        <source>Details as JSON</source>
        <translation>Detalhes em JSON</translation>
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
        <translation>Não há alterações de administração neste período.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Banner</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role of %1</source>
        <translation>Alterar a função de %1</translation>
    </message>
    <message>
        <source>Maps in the projects they are assigned to, and is paid for it.</source>
        <translation>Mapeia nos projetos aos quais está atribuído e recebe por isso.</translation>
    </message>
    <message>
        <source>Also validates tasks and confirms other people&apos;s checklists.</source>
        <translation>Também valida tarefas e confirma as listas de verificação de outras pessoas.</translation>
    </message>
    <message>
        <source>Also manages people, projects and payments of the organisation.</source>
        <translation>Também gerencia as pessoas, os projetos e os pagamentos da organização.</translation>
    </message>
    <message>
        <source>Mikro uses the new role from now on; when the sign-in service is connected it is updated there too.</source>
        <translation>O Mikro usa a nova função a partir de agora; quando o serviço de login estiver conectado, ela também será atualizada lá.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Alterar função</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChecklistDetail</name>
    <message>
        <source>Reward %1 on confirmation</source>
        <translation>Recompensa de %1 na confirmação</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence em %1</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Criada por %1</translation>
    </message>
    <message>
        <source>All items done. A validator confirms them; once every item is confirmed you are credited %1.</source>
        <translation>Todos os itens estão feitos. Um validador os confirma; quando todos estiverem confirmados, você recebe o crédito de %1.</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2. You were credited %3.</source>
        <translation>Confirmada em %1 por %2. Você recebeu o crédito de %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Feito em %1</translation>
    </message>
    <message>
        <source>Confirmed by %1 %2</source>
        <translation>Confirmado por %1 em %2</translation>
    </message>
    <message>
        <source>Confirmed items cannot be changed.</source>
        <translation>Itens confirmados não podem ser alterados.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Comments (the newest %1 of %2)</source>
        <translation>Comentários (os %1 mais recentes de %2)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Enter)</source>
        <translation>Publicar o comentário (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Adicione um comentário</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Novo comentário</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Itens da lista de verificação</translation>
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
        <translation>Confirmar o último item credita %2 a %1 e %3 a você. A confirmação é definitiva.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ainda não feito</translation>
    </message>
    <message>
        <source>Delete your comment?</source>
        <translation>Excluir seu comentário?</translation>
    </message>
    <message>
        <source>Delete this comment? Validators will no longer see it.</source>
        <translation>Excluir este comentário? Os validadores não o verão mais.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Excluir comentário</translation>
    </message>
    <message>
        <source>Keep comment</source>
        <translation>Manter comentário</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
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
        <translation>V&amp;encimento</translation>
    </message>
    <message>
        <source>&amp;Visible — people may start it themselves</source>
        <translation>&amp;Visível: as pessoas podem iniciá-la por conta própria</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>A&amp;tiva</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Adicionar item</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;er</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>Novo modelo de lista de verificação</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Edit checklist template</source>
        <translation>Editar modelo de lista de verificação</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tarifa de conclusão</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validação</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificuldade</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>Only active templates can be started or assigned.</source>
        <translation>Somente modelos ativos podem ser iniciados ou atribuídos.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Cima</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Baixo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>&amp;Completion rate, paid to the person</source>
        <translation>Tarifa de &amp;conclusão, paga à pessoa</translation>
    </message>
    <message>
        <source>Validation rate, &amp;paid to the confirming validator</source>
        <translation>Tarifa de validação, &amp;paga ao validador que confirma</translation>
    </message>
    <message>
        <source>Di&amp;fficulty</source>
        <translation>Di&amp;ficuldade</translation>
    </message>
    <message>
        <source>Item changes also reach checklists already started and not yet confirmed; an item someone has had confirmed stays as it was. Rate changes apply to every checklist not yet fully confirmed.</source>
        <translation>As mudanças de itens também chegam às listas já iniciadas e ainda não confirmadas; um item já confirmado para alguém fica como estava. As mudanças de tarifa valem para toda lista ainda não confirmada por completo.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>A descrição tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>Both rates are amounts of 0.00 or more.</source>
        <translation>As duas tarifas são valores de 0,00 ou mais.</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>A data de vencimento já passou.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Adicione pelo menos um item.</translation>
    </message>
    <message>
        <source>Item %1 has no action.</source>
        <translation>O item %1 não tem ação.</translation>
    </message>
    <message>
        <source>Item %1 is longer than %2 characters.</source>
        <translation>O item %1 tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>The link of item %1 is not an http or https address.</source>
        <translation>O link do item %1 não é um endereço http ou https.</translation>
    </message>
    <message>
        <source>Creating the template…</source>
        <translation>Criando o modelo…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>mikro::ui::DashboardLists</name>
    <message>
        <source>Training %1</source>
        <translation>Treinamento %1</translation>
    </message>
    <message>
        <source>Pass “%1” (required for %2)</source>
        <translation>Seja aprovado em “%1” (exigido por %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items done</source>
        <translation>%1: %2 de %3 itens feitos</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence em %1</translation>
    </message>
    <message>
        <source>Your request for %1 was rejected.</source>
        <translation>Sua solicitação de %1 foi rejeitada.</translation>
    </message>
    <message>
        <source>Your request for %1 was rejected: %2</source>
        <translation>Sua solicitação de %1 foi rejeitada: %2</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Nada pendente no momento.</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>Meus projetos</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendências</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Tarifa de mapeamento</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validação</translation>
    </message>
    <message>
        <source>You&apos;re not on a project yet. An admin adds people to projects; required training is under Training.</source>
        <translation>Você ainda não está em nenhum projeto. Um administrador adiciona pessoas aos projetos; o treinamento exigido está em Treinamento.</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir no Tasking Manager</translation>
    </message>
</context>
<context>
    <name>mikro::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
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
        <translation>A receber</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tarefas mapeadas</translation>
    </message>
    <message>
        <source>Tasks validated</source>
        <translation>Tarefas validadas</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Projetos ativos</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Minimum payout %1</source>
        <translation>Pagamento mínimo %1</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 neste mês</translation>
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
        <translation>Nenhuma solicitação aberta</translation>
    </message>
    <message>
        <source>Requested on %1</source>
        <translation>Solicitado em %1</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Ainda não há pagamentos</translation>
    </message>
    <message>
        <source>Last payout %1</source>
        <translation>Último pagamento %1</translation>
    </message>
    <message>
        <source>%1 need training</source>
        <translation>Treinamento pendente em %1</translation>
    </message>
    <message>
        <source>Your figures are current, but some of your lists could not be loaded: %1</source>
        <translation>Seus números estão em dia, mas algumas das suas listas não puderam ser carregadas: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Validated by me</source>
        <translation>Validadas por mim</translation>
    </message>
    <message>
        <source>Invalidated by me</source>
        <translation>Invalidadas por mim</translation>
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
        <translation>Ainda não há ganhos</translation>
    </message>
    <message>
        <source>Earnings by kind</source>
        <translation>Ganhos por tipo</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabela</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Which column of the file holds what. Mikro remembers this for the next file of the same provider.</source>
        <translation>Qual coluna do arquivo contém cada dado. O Mikro lembra disso no próximo arquivo do mesmo provedor.</translation>
    </message>
    <message>
        <source>&amp;Request ID</source>
        <translation>ID da &amp;solicitação</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Referência da transferência</translation>
    </message>
    <message>
        <source>&amp;Currency (optional)</source>
        <translation>M&amp;oeda (opcional)</translation>
    </message>
    <message>
        <source>&amp;Status (optional; rows the provider marks failed are never paid)</source>
        <translation>&amp;Status (opcional; linhas que o provedor marca como falhas nunca são pagas)</translation>
    </message>
    <message>
        <source>Request ID, Email, Amount and Transfer reference each need a column, and a column serves one field only.</source>
        <translation>ID da solicitação, E-mail, Valor e Referência da transferência precisam cada um de uma coluna, e cada coluna serve a um só dado.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportFilePage</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Não é possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>The file is larger than 900 KB. Split it into smaller files and import each.</source>
        <translation>O arquivo tem mais de 900 KB. Divida-o em arquivos menores e importe cada um.</translation>
    </message>
    <message>
        <source>The payment provider&apos;s file</source>
        <translation>O arquivo do provedor de pagamentos</translation>
    </message>
    <message>
        <source>Choose the result file your payment provider made from the payout batch.</source>
        <translation>Escolha o arquivo de resultados que seu provedor de pagamentos gerou a partir do lote de pagamentos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>Caminho de um arquivo CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Payment provider&apos;s file</source>
        <translation>Arquivo do provedor de pagamentos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>What Mikro would do with each row. Nothing is paid until you confirm.</source>
        <translation>O que o Mikro faria com cada linha. Nada é pago até você confirmar.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondências</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Precisa de uma decisão</translation>
    </message>
    <message>
        <source>Checking the file against Mikro&apos;s requests…</source>
        <translation>Comparando o arquivo com as solicitações do Mikro…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), %1</source>
        <translation>
            <numerusform>%n correspondência, %1</numerusform>
            <numerusform>%n correspondências, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a decision</source>
        <translation>
            <numerusform>%n precisa de uma decisão</numerusform>
            <numerusform>%n precisam de uma decisão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorada</numerusform>
            <numerusform>%n ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s)…</source>
        <translation>
            <numerusform>Pagar %n solicitação…</numerusform>
            <numerusform>Pagar %n solicitações…</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pay requests</source>
        <translation>Pagar solicitações</translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s), total %1?</source>
        <translation>
            <numerusform>Pagar %n solicitação, total %1?</numerusform>
            <numerusform>Pagar %n solicitações, total %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s)</source>
        <translation>
            <numerusform>Pagar %n solicitação</numerusform>
            <numerusform>Pagar %n solicitações</numerusform>
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
        <translation>&amp;Salvar linhas ignoradas…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message numerus="yes">
        <source>%n paid (%1)</source>
        <translation>
            <numerusform>%n paga (%1)</numerusform>
            <numerusform>%n pagas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>Nada foi pago.</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorada</numerusform>
            <numerusform>%n ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already paid before</source>
        <translation>
            <numerusform>%n já paga antes</numerusform>
            <numerusform>%n já pagas antes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before: every row of it is already paid.</source>
        <translation>Este arquivo já foi importado: todas as linhas já estão pagas.</translation>
    </message>
    <message>
        <source>Save skipped rows</source>
        <translation>Salvar linhas ignoradas</translation>
    </message>
    <message>
        <source>Skipped rows saved to %1.</source>
        <translation>Linhas ignoradas salvas em %1.</translation>
    </message>
    <message>
        <source>The skipped rows could not be saved: %1</source>
        <translation>Não foi possível salvar as linhas ignoradas: %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportResultsWizard</name>
    <message>
        <source>Import payment results</source>
        <translation>Importar resultados de pagamento</translation>
    </message>
</context>
<context>
    <name>mikro::ui::LedgerPanel</name>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No earnings yet. Validated tasks and confirmed checklists appear here.</source>
        <translation>Ainda não há ganhos. Aqui aparecem as tarefas validadas e as listas de verificação confirmadas.</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>Exportar livro-razão</translation>
    </message>
    <message>
        <source>ledger.csv</source>
        <translation>livro-razao.csv</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exportando… %1 de %2</translation>
    </message>
    <message>
        <source>The ledger could not be saved to %1. Choose another folder.</source>
        <translation>Não foi possível salvar o livro-razão em %1. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>%1 ledger lines exported to %2</source>
        <translation>%1 linhas do livro-razão exportadas para %2</translation>
    </message>
    <message>
        <source>The ledger could not be exported: %1</source>
        <translation>Não foi possível exportar o livro-razão: %1</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>Ainda sem organização</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Your role is now %1</source>
        <translation>Sua função agora é %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>The Mikro server answered the last request.</source>
        <translation>O servidor do Mikro respondeu à última requisição.</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Histórico de mensagens</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ainda não há mensagens.</translation>
    </message>
    <message>
        <source>About Mikro</source>
        <translation>Sobre o Mikro</translation>
    </message>
    <message>
        <source>Mikro %1
Task tracking and payments for OpenStreetMap mappers.</source>
        <translation>Mikro %1
Acompanhamento de tarefas e pagamentos para mapeadores do OpenStreetMap.</translation>
    </message>
    <message>
        <source>Layout reset</source>
        <translation>Layout redefinido</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir para</translation>
    </message>
    <message>
        <source>Show sidebar labels</source>
        <translation>Mostrar rótulos da barra lateral</translation>
    </message>
    <message>
        <source>Message history…</source>
        <translation>Histórico de mensagens…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Redefinir layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Menu da conta</translation>
    </message>
    <message>
        <source>You&apos;re not in an organisation yet</source>
        <translation>Você ainda não faz parte de uma organização</translation>
    </message>
    <message>
        <source>Your profile is ready. An admin of your organisation has to add you in the sign-in service; then choose Check again.</source>
        <translation>Seu perfil está pronto. Um administrador da sua organização precisa adicionar você no serviço de login; depois escolha Verificar de novo.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n alteração enviada</numerusform>
            <numerusform>%n alterações enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Enviando %n alteração…</numerusform>
            <numerusform>Enviando %n alterações…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Off-line · %n alteração aguardando</numerusform>
            <numerusform>Off-line · %n alterações aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n need(s) attention</source>
        <translation>
            <numerusform>On-line · %n precisa de atenção</numerusform>
            <numerusform>On-line · %n precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mikro server can&apos;t be reached. Pages show what they last loaded; checklist work is kept on this computer and sent when the server answers again.</source>
        <translation>Não é possível acessar o servidor do Mikro. As páginas mostram o que carregaram por último; o trabalho em listas de verificação fica guardado neste computador e é enviado quando o servidor voltar a responder.</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Último contato %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Próxima tentativa %1</translation>
    </message>
    <message>
        <source>Click for Pending changes.</source>
        <translation>Clique para ver as alterações pendentes.</translation>
    </message>
    <message>
        <source>Pending changes…</source>
        <translation>Alterações pendentes…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ManualPaymentDialog</name>
    <message>
        <source>Manual payment</source>
        <translation>Pagamento manual</translation>
    </message>
    <message>
        <source>As the payment provider shows it</source>
        <translation>Como o provedor de pagamentos a mostra</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referência da transferência</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Referência da transferência</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pago a</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>Registrando o pagamento…</translation>
    </message>
    <message>
        <source>No payment email</source>
        <translation>Sem e-mail de pagamento</translation>
    </message>
    <message>
        <source>More than %1 is owed (%2). Record an adjustment first if more is owed.</source>
        <translation>Mais do que se deve a %1 (%2). Se deve mais, registre primeiro um ajuste.</translation>
    </message>
    <message>
        <source>Record a payment of %1 to %2 (%3), reference %4? Payable becomes %5.</source>
        <translation>Registrar um pagamento de %1 para %2 (%3), referência %4? O saldo a receber fica em %5.</translation>
    </message>
    <message>
        <source>no payment email</source>
        <translation>sem e-mail de pagamento</translation>
    </message>
</context>
<context>
    <name>mikro::ui::MyChecklistsPage</name>
    <message>
        <source>My Checklists</source>
        <translation>Minhas listas de verificação</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Você iniciou %1</translation>
    </message>
    <message>
        <source>Item %1 done</source>
        <translation>Item %1 feito</translation>
    </message>
    <message>
        <source>Item %1 no longer done</source>
        <translation>Item %1 não está mais feito</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Comentário publicado</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comentário excluído</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Aguardando confirmação</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmadas</translation>
    </message>
    <message>
        <source>Checklist earnings</source>
        <translation>Ganhos com listas de verificação</translation>
    </message>
    <message>
        <source>Available (%1)</source>
        <translation>Disponíveis (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>Em andamento (%1)</translation>
    </message>
    <message>
        <source>Awaiting confirmation (%1)</source>
        <translation>Aguardando confirmação (%1)</translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation>Confirmadas (%1)</translation>
    </message>
    <message>
        <source>No checklists to start right now.</source>
        <translation>Não há listas de verificação para iniciar no momento.</translation>
    </message>
    <message>
        <source>No checklists in progress. Start one under Available or wait for an assignment.</source>
        <translation>Não há listas de verificação em andamento. Inicie uma em Disponíveis ou aguarde uma atribuição.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a validator.</source>
        <translation>Nada aguarda um validador.</translation>
    </message>
    <message>
        <source>No confirmed checklists yet.</source>
        <translation>Ainda não há listas de verificação confirmadas.</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Iniciar lista de verificação</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Navigation</name>
    <message>
        <source>My work</source>
        <translation>Meu trabalho</translation>
    </message>
    <message>
        <source>My Dashboard</source>
        <translation>Meu painel</translation>
    </message>
    <message>
        <source>My Payments</source>
        <translation>Meus pagamentos</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>My Projects</source>
        <translation>Meus projetos</translation>
    </message>
    <message>
        <source>My Training</source>
        <translation>Meu treinamento</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>My Checklists</source>
        <translation>Minhas listas de verificação</translation>
    </message>
    <message>
        <source>Review Checklists</source>
        <translation>Revisar listas de verificação</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificação</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OnboardingWizard</name>
    <message>
        <source>Set up your Mikro account</source>
        <translation>Configure sua conta do Mikro</translation>
    </message>
    <message>
        <source>Finish setup</source>
        <translation>Concluir configuração</translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation>Boas-vindas ao Mikro</translation>
    </message>
    <message>
        <source>Before your first task, Mikro needs four things from you.

Your OpenStreetMap username links your Tasking Manager work to you, so that it is credited to you.
Your payment email is where your payouts are sent.
Your country and city, and your acceptance of the terms of service.</source>
        <translation>Antes da sua primeira tarefa, o Mikro precisa de quatro coisas de você.

Seu nome de usuário do OpenStreetMap liga seu trabalho no Tasking Manager a você, para que ele seja creditado a você.
Seu e-mail de pagamento é para onde seus pagamentos são enviados.
Seu país e sua cidade, e a aceitação dos termos de serviço.</translation>
    </message>
    <message>
        <source>Enter your OSM username.</source>
        <translation>Digite seu nome de usuário do OSM.</translation>
    </message>
    <message>
        <source>An OSM username has at most %1 characters.</source>
        <translation>Um nome de usuário do OSM tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>OpenStreetMap username</source>
        <translation>Nome de usuário do OpenStreetMap</translation>
    </message>
    <message>
        <source>Create an OpenStreetMap account</source>
        <translation>Criar uma conta do OpenStreetMap</translation>
    </message>
    <message>
        <source>Check on openstreetmap.org</source>
        <translation>Verificar em openstreetmap.org</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>Nome de usuário do OSM</translation>
    </message>
    <message>
        <source>Exactly as on openstreetmap.org</source>
        <translation>Exatamente como em openstreetmap.org</translation>
    </message>
    <message>
        <source>Enter an email such as name@example.com.</source>
        <translation>Digite um e-mail como nome@exemplo.com.</translation>
    </message>
    <message>
        <source>The two emails are not the same.</source>
        <translation>Os dois e-mails não são iguais.</translation>
    </message>
    <message>
        <source>Payment email</source>
        <translation>E-mail de pagamento</translation>
    </message>
    <message>
        <source>Repeat payment email</source>
        <translation>Repita o e-mail de pagamento</translation>
    </message>
    <message>
        <source>Your payouts (for example Payoneer or PayPal) are sent here</source>
        <translation>Seus pagamentos (por exemplo, Payoneer ou PayPal) são enviados para cá</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Escolha seu país na lista.</translation>
    </message>
    <message>
        <source>Enter your city.</source>
        <translation>Digite sua cidade.</translation>
    </message>
    <message>
        <source>A city has at most %1 characters.</source>
        <translation>Uma cidade tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Onde você está</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Accept the terms to go on.</source>
        <translation>Aceite os termos para continuar.</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Termos de serviço</translation>
    </message>
    <message>
        <source>Mikro records the OpenStreetMap tasks you map and validate in the Tasking Manager for your organisation, and the checklists you complete, and pays you for them at the rates your organisation sets.

1. Your OSM username, payment email, country and city are kept by your organisation to credit and pay your work. Admins of your organisation see them.
2. Earnings are credited when a task is validated; a task invalidated later takes its credit back. Payouts are made to your payment email after an admin approves your request.
3. Work must follow the OpenStreetMap contributor terms and your organisation&apos;s instructions. Work that does not may be left unpaid.
4. You can change your details on the Account page at any time; a new OSM username is credited from the next sync.</source>
        <translation>O Mikro registra as tarefas do OpenStreetMap que você mapeia e valida no Tasking Manager para a sua organização, e as listas de verificação que você conclui, e paga você por elas pelas tarifas que a sua organização define.

1. Sua organização guarda seu nome de usuário do OSM, seu e-mail de pagamento, seu país e sua cidade para creditar e pagar seu trabalho. Os administradores da sua organização os veem.
2. Os ganhos são creditados quando uma tarefa é validada; uma tarefa invalidada depois retira o crédito. Os pagamentos são feitos para o seu e-mail de pagamento depois que um administrador aprova sua solicitação.
3. O trabalho deve seguir os termos de colaboração do OpenStreetMap e as instruções da sua organização. O trabalho que não os seguir pode ficar sem pagamento.
4. Você pode alterar seus dados na página Conta a qualquer momento; um novo nome de usuário do OSM é creditado a partir da próxima sincronização.</translation>
    </message>
    <message>
        <source>I have read and accept the terms of service</source>
        <translation>Li e aceito os termos de serviço</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>This OSM username is linked to another Mikro account. If it is yours, contact an admin.</source>
        <translation>Este nome de usuário do OSM está vinculado a outra conta do Mikro. Se for seu, fale com um administrador.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Leave setup and sign out?</source>
        <translation>Sair da configuração e desconectar?</translation>
    </message>
    <message>
        <source>Mikro needs these answers before you can work. Your answers so far are not saved.</source>
        <translation>O Mikro precisa destas respostas antes que você possa trabalhar. Suas respostas até agora não são salvas.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ficar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitos</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificação</translation>
    </message>
    <message>
        <source>Every checklist</source>
        <translation>Todas as listas</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Activate it first: only active templates can be assigned</source>
        <translation>Ative-o primeiro: somente modelos ativos podem ser atribuídos</translation>
    </message>
    <message>
        <source>Something is done on it already</source>
        <translation>Já tem algo feito</translation>
    </message>
    <message>
        <source>Checklist template created</source>
        <translation>Modelo de lista de verificação criado</translation>
    </message>
    <message>
        <source>Checklist template saved</source>
        <translation>Modelo de lista de verificação salvo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; activated</source>
        <translation>“%1” ativada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; deactivated: people who started it carry on</source>
        <translation>“%1” desativada: quem a iniciou continua com ela</translation>
    </message>
    <message>
        <source>Archive template</source>
        <translation>Arquivar modelo</translation>
    </message>
    <message>
        <source>Archive &apos;%1&apos;? It leaves the lists and can no longer be started or assigned. People who have it can still finish it and have it confirmed; what was paid stays.</source>
        <translation>Arquivar “%1”? Ela sai das listas e não pode mais ser iniciada nem atribuída. Quem a tem ainda pode concluí-la e tê-la confirmada; o que foi pago permanece.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; archived</source>
        <translation>“%1” arquivada</translation>
    </message>
    <message>
        <source>Unassign checklist</source>
        <translation>Remover lista de verificação</translation>
    </message>
    <message>
        <source>Take &apos;%1&apos; away from %2? Their checklist and its comments are removed.</source>
        <translation>Retirar “%1” de %2? A lista e os comentários dela são removidos.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>&apos;%1&apos; taken away from %2</source>
        <translation>“%1” retirada de %2</translation>
    </message>
    <message>
        <source>Active templates</source>
        <translation>Modelos ativos</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>assigned or started</source>
        <translation>atribuídas ou iniciadas</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Aguardando confirmação</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>no progress for 3 days</source>
        <translation>sem avanço há 3 dias</translation>
    </message>
    <message>
        <source>Paid for checklists</source>
        <translation>Pago por listas</translation>
    </message>
    <message>
        <source>people and validators, all time</source>
        <translation>pessoas e validadores, desde o início</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>A&amp;ssignments</source>
        <translation>A&amp;tribuições</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Novo modelo…</translation>
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
        <translation>Atribuir…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arquivar…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Somente paradas</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Open in review</source>
        <translation>Abrir na revisão</translation>
    </message>
    <message>
        <source>No checklist templates yet. Write one with New template…</source>
        <translation>Ainda não há modelos de listas de verificação. Escreva um com Novo modelo…</translation>
    </message>
    <message>
        <source>Nobody has a checklist here.</source>
        <translation>Ninguém tem uma lista de verificação aqui.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Projetos ativos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Pending payouts</source>
        <translation>Pagamentos pendentes</translation>
    </message>
    <message>
        <source>Tasks this month</source>
        <translation>Tarefas neste mês</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>A receber</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer revisão</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronização</translation>
    </message>
    <message>
        <source>Open Payments</source>
        <translation>Abrir Pagamentos</translation>
    </message>
    <message>
        <source>No projects yet. Add a Tasking Manager project to start.</source>
        <translation>Ainda não há projetos. Adicione um projeto do Tasking Manager para começar.</translation>
    </message>
    <message>
        <source>Oldest pending requests</source>
        <translation>Solicitações pendentes mais antigas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>No payout requests are waiting.</source>
        <translation>Não há solicitações de pagamento aguardando.</translation>
    </message>
    <message>
        <source>Recent payouts</source>
        <translation>Pagamentos recentes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Nobody has been paid yet.</source>
        <translation>Ninguém foi pago ainda.</translation>
    </message>
    <message>
        <source>Projects near budget</source>
        <translation>Projetos perto do orçamento</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>No project has used 90 % of its budget.</source>
        <translation>Nenhum projeto usou 90 % do seu orçamento.</translation>
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
        <translation>%1 inativos, %2 concluídos</translation>
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
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1 vs last month</source>
        <translation>−%1 em relação ao mês passado</translation>
    </message>
    <message>
        <source>+%1 vs last month</source>
        <translation>+%1 em relação ao mês passado</translation>
    </message>
    <message>
        <source>Adjustments %1</source>
        <translation>Ajustes %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people can request</source>
        <translation>
            <numerusform>%n pessoa pode solicitar</numerusform>
            <numerusform>%n pessoas podem solicitar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 neste mês</translation>
    </message>
    <message>
        <source>tasks waiting for an admin</source>
        <translation>tarefas aguardando um administrador</translation>
    </message>
    <message>
        <source>projects whose last sync failed</source>
        <translation>projetos cuja última sincronização falhou</translation>
    </message>
    <message>
        <source>every last sync succeeded</source>
        <translation>todas as últimas sincronizações deram certo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir Revisão</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Abrir Sincronização</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>visible to everyone in the organisation</source>
        <translation>visível para toda a organização</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>somente membros</translation>
    </message>
    <message>
        <source>Mapping %1, validation %2 a task; %3 tasks: %4 mapped, %5 validated, %6 invalidated.</source>
        <translation>Mapeamento %1, validação %2 por tarefa; %3 tarefas: %4 mapeadas, %5 validadas, %6 invalidadas.</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %)</source>
        <translation>Gasto %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Required training: %1</source>
        <translation>Treinamento exigido: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>It has earnings — deactivate it instead</source>
        <translation>Tem ganhos: desative-o em vez disso</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desativar…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; added (inactive)</source>
        <translation>Projeto “%1” adicionado (inativo)</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; saved</source>
        <translation>Projeto “%1” salvo</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Deactivate &apos;%1&apos;? People no longer see it in their project lists.</source>
        <translation>Desativar “%1”? As pessoas deixam de vê-lo em suas listas de projetos.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; activated</source>
        <translation>Projeto “%1” ativado</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; deactivated</source>
        <translation>Projeto “%1” desativado</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Excluir projeto</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? Its memberships, tasks and sync history are removed. This cannot be undone.</source>
        <translation>Excluir “%1”? Suas participações, tarefas e histórico de sincronização são removidos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; deleted</source>
        <translation>Projeto “%1” excluído</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projetos</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>in active projects</source>
        <translation>em projetos ativos</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>on active projects</source>
        <translation>em projetos ativos</translation>
    </message>
    <message>
        <source>Near budget</source>
        <translation>Perto do orçamento</translation>
    </message>
    <message>
        <source>90 % used or more</source>
        <translation>90 % usado ou mais</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Adicionar projeto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Membros…</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir no Tasking Manager</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>No projects here. Add one from its Tasking Manager address.</source>
        <translation>Nenhum projeto aqui. Adicione um a partir do endereço no Tasking Manager.</translation>
    </message>
    <message>
        <source>Sync of %1 requested; Sync history shows how it goes</source>
        <translation>Sincronização de %1 solicitada; Histórico de sincronização mostra como ela anda</translation>
    </message>
    <message>
        <source>%1 is syncing already, or was synced less than a minute ago</source>
        <translation>%1 já está sincronizando, ou foi sincronizado há menos de um minuto</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Bring the project&apos;s work in from the Tasking Manager now</source>
        <translation>Traz agora o trabalho do projeto do Tasking Manager</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Histórico de sincronização</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgSyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>active, with members, of %1</source>
        <translation>ativos, com membros, de %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nenhuma ainda</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 de %2 projetos</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Sincronizando: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 succeeded, %2 failed</source>
        <translation>Sincronização concluída: %1 bem-sucedidas, %2 com falha</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Histórico de execuções</translation>
    </message>
    <message>
        <source>Run history of %1</source>
        <translation>Histórico de execuções de %1</translation>
    </message>
    <message>
        <source>Select a run to read its error.</source>
        <translation>Selecione uma execução para ler o erro.</translation>
    </message>
    <message>
        <source>This run had no error.</source>
        <translation>Esta execução não teve erros.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (e mais %n)</numerusform>
            <numerusform>%1 (e mais %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync requested for %n project(s)</source>
        <translation>
            <numerusform>Sincronização solicitada para %n projeto</numerusform>
            <numerusform>Sincronização solicitada para %n projetos</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of %1 stops after the request in flight; what it brought in stays.</source>
        <translation>A sincronização de %1 para após a requisição em andamento; o que ela trouxe fica.</translation>
    </message>
    <message>
        <source>The sync of %1 had already ended.</source>
        <translation>A sincronização de %1 já tinha terminado.</translation>
    </message>
    <message>
        <source>Synced projects</source>
        <translation>Projetos sincronizados</translation>
    </message>
    <message>
        <source>Last completed run</source>
        <translation>Última execução concluída</translation>
    </message>
    <message>
        <source>Failed last run</source>
        <translation>Última execução com falha</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projetos</translation>
    </message>
    <message>
        <source>New events (24 h)</source>
        <translation>Eventos novos (24 h)</translation>
    </message>
    <message>
        <source>task changes brought in</source>
        <translation>mudanças de tarefas trazidas</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer revisão</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir Revisão</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>Sync the selected projects (%1)</source>
        <translation>Sincroniza os projetos selecionados (%1)</translation>
    </message>
    <message>
        <source>&amp;Full (every task&apos;s history)</source>
        <translation>&amp;Completa (histórico de cada tarefa)</translation>
    </message>
    <message>
        <source>A full sync reads the history of every task, not only of the tasks that changed. It catches a task invalidated and validated again between two syncs, and takes longer.</source>
        <translation>Uma sincronização completa lê o histórico de cada tarefa, não só das tarefas que mudaram. Detecta uma tarefa invalidada e validada de novo entre duas sincronizações, e demora mais.</translation>
    </message>
    <message>
        <source>Sync all &amp;active</source>
        <translation>Sincronizar todos os ati&amp;vos</translation>
    </message>
    <message>
        <source>Sync every active project that has members</source>
        <translation>Sincroniza cada projeto ativo que tem membros</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Stops after the request in flight; what was brought in stays</source>
        <translation>Para após a requisição em andamento; o que já foi trazido fica</translation>
    </message>
    <message>
        <source>Open in &amp;Tasking Manager</source>
        <translation>Abrir no &amp;Tasking Manager</translation>
    </message>
    <message>
        <source>Show &amp;older runs</source>
        <translation>Mostrar execuções ante&amp;riores</translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation>Copiar &amp;erro</translation>
    </message>
    <message>
        <source>Error of the selected run</source>
        <translation>Erro da execução selecionada</translation>
    </message>
    <message>
        <source>No projects yet. Add one on the Projects page.</source>
        <translation>Ainda não há projetos. Adicione um na página Projetos.</translation>
    </message>
    <message>
        <source>This project has not been synced yet.</source>
        <translation>Este projeto ainda não foi sincronizado.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgTrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>%1 · pass mark %2 %, %3 points, %4</source>
        <translation>%1 · nota mínima %2 %, %3 pontos, %4</translation>
    </message>
    <message>
        <source>    ✓ %1 (correct)</source>
        <translation>    ✓ %1 (correta)</translation>
    </message>
    <message>
        <source>No questions: people complete it by reading the material.</source>
        <translation>Sem perguntas: as pessoas o concluem lendo o material.</translation>
    </message>
    <message>
        <source>Training created</source>
        <translation>Treinamento criado</translation>
    </message>
    <message>
        <source>Training saved</source>
        <translation>Treinamento salvo</translation>
    </message>
    <message>
        <source>Archive training</source>
        <translation>Arquivar treinamento</translation>
    </message>
    <message>
        <source>Archive &apos;%1&apos;? People no longer see it and projects stop requiring it; results and points stay.</source>
        <translation>Arquivar “%1”? As pessoas deixam de vê-lo e os projetos deixam de exigi-lo; os resultados e os pontos permanecem.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; archived</source>
        <translation>“%1” arquivado</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>not archived</source>
        <translation>não arquivados</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>&amp;Mapping (%1)</source>
        <translation>&amp;Mapeamento (%1)</translation>
    </message>
    <message>
        <source>&amp;Validation (%1)</source>
        <translation>&amp;Validação (%1)</translation>
    </message>
    <message>
        <source>&amp;Project (%1)</source>
        <translation>&amp;Projeto (%1)</translation>
    </message>
    <message>
        <source>No modules of this type yet. Write one with New training…</source>
        <translation>Ainda não há módulos deste tipo. Escreva um com Novo treinamento…</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>Novo treinamento…</translation>
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
        <translation>Arquivar…</translation>
    </message>
    <message>
        <source>Restore training</source>
        <translation>Restaurar treinamento</translation>
    </message>
    <message>
        <source>Restore &apos;%1&apos;? People see it again. Projects that required it before it was archived do not require it again until you add it to them.</source>
        <translation>Restaurar “%1”? As pessoas voltam a vê-lo. Os projetos que o exigiam antes de ser arquivado não voltam a exigi-lo até que você o adicione a eles.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; restored</source>
        <translation>“%1” restaurado</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>Lendo resultados…</translation>
    </message>
    <message>
        <source>The results could not be read: %1 Select the module again to retry.</source>
        <translation>Não foi possível ler os resultados: %1 Selecione o módulo de novo para tentar outra vez.</translation>
    </message>
    <message>
        <source>Nobody has tried this module yet.</source>
        <translation>Ninguém tentou este módulo ainda.</translation>
    </message>
    <message>
        <source>&amp;Results (%1)</source>
        <translation>&amp;Resultados (%1)</translation>
    </message>
    <message>
        <source>&amp;Archived (%1)</source>
        <translation>&amp;Arquivados (%1)</translation>
    </message>
    <message>
        <source>No archived modules.</source>
        <translation>Não há módulos arquivados.</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Perguntas</translation>
    </message>
    <message>
        <source>Preview quiz</source>
        <translation>Prévia do questionário</translation>
    </message>
    <message>
        <source>Answer the questions as a person would; nothing is recorded.</source>
        <translation>Responda às perguntas como uma pessoa faria; nada é registrado.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 dias</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taxa de aprovação</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no attempts in 30 days</source>
        <translation>sem tentativas em 30 dias</translation>
    </message>
    <message numerus="yes">
        <source>%n passed in 30 days</source>
        <translation>
            <numerusform>%n aprovado em 30 dias</numerusform>
            <numerusform>%n aprovados em 30 dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::ui::Page</name>
    <message>
        <source>Updated %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>No web browser opened %1. Copy the link and open it yourself.</source>
        <translation>Nenhum navegador abriu %1. Copie o link e abra-o você mesmo.</translation>
    </message>
    <message>
        <source>Offline — as of %1</source>
        <translation>Off-line — dados de %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayRequestDialog</name>
    <message>
        <source>Pay request #%1</source>
        <translation>Pagar a solicitação nº %1</translation>
    </message>
    <message>
        <source>As the payment provider shows it</source>
        <translation>Como o provedor de pagamentos a mostra</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>No payment email</source>
        <translation>Sem e-mail de pagamento</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pago para</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Referência da transferência</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referência da transferência</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation>Pagar %1 para %2</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>Registrando o pagamento…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Cancel this payout request?</source>
        <translation>Cancelar esta solicitação de pagamento?</translation>
    </message>
    <message>
        <source>Cancel your request for %1? It returns to your payable balance.</source>
        <translation>Cancelar sua solicitação de %1? O valor volta para o seu saldo a receber.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitação</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Manter solicitação</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Request for %1 cancelled</source>
        <translation>Solicitação de %1 cancelada</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Exportar pagamentos</translation>
    </message>
    <message>
        <source>payouts.csv</source>
        <translation>pagamentos.csv</translation>
    </message>
    <message>
        <source>The payouts could not be saved to %1. Choose another folder.</source>
        <translation>Não foi possível salvar os pagamentos em %1. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Payouts exported to %1</source>
        <translation>Pagamentos exportados para %1</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>A receber</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>No payout requests yet</source>
        <translation>Ainda não há solicitações de pagamento</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Ainda não há pagamentos</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancelar solicitação…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Livro-razão</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutAvailability</name>
    <message>
        <source>You already have a request waiting for an admin.</source>
        <translation>Você já tem uma solicitação aguardando um administrador.</translation>
    </message>
    <message>
        <source>Nothing is payable yet.</source>
        <translation>Ainda não há nada a receber.</translation>
    </message>
    <message>
        <source>Minimum payout is %1; you have %2.</source>
        <translation>O pagamento mínimo é %1; você tem %2.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutRequestButton</name>
    <message>
        <source>Payout of %1 requested</source>
        <translation>Pagamento de %1 solicitado</translation>
    </message>
    <message>
        <source>Request payout…</source>
        <translation>Solicitar pagamento…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutSettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Payout settings</source>
        <translation>Configurações de pagamento</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Pagamento mínimo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>The currency cannot change: the organisation&apos;s ledger already holds amounts in %1.</source>
        <translation>A moeda não pode mudar: o livro-razão da organização já tem valores em %1.</translation>
    </message>
    <message>
        <source>A three-letter ISO code such as USD or EUR. It cannot change once the organisation has ledger entries.</source>
        <translation>Um código ISO de três letras, como USD ou EUR. Não pode mudar depois que a organização tiver lançamentos no livro-razão.</translation>
    </message>
    <message>
        <source>&amp;Minimum payout</source>
        <translation>&amp;Pagamento mínimo</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>People can request a payout once their payable reaches the minimum.</source>
        <translation>As pessoas podem solicitar um pagamento quando o valor a receber atinge o mínimo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>Requer conexão</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Descartar alteração</translation>
    </message>
    <message>
        <source>Discard “%1”? It has not been sent and will not be.</source>
        <translation>Descartar “%1”? Ela não foi enviada e não será.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n alteração aguardando envio</numerusform>
            <numerusform>%n alterações aguardando envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n precisa da sua atenção</numerusform>
            <numerusform>%n precisam da sua atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting. Changes made without a connection appear here until they are sent.</source>
        <translation>Nada está aguardando. Alterações feitas sem conexão aparecem aqui até serem enviadas.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonLedgerDialog</name>
    <message>
        <source>Ledger of %1</source>
        <translation>Livro-razão de %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonMoneyDialog</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <source>Payable now</source>
        <translation>A receber agora</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Escolha uma pessoa</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonPicker</name>
    <message>
        <source>Name, OSM username or email</source>
        <translation>Nome, usuário do OSM ou e-mail</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonWorkPanel</name>
    <message>
        <source>Their projects, trainings and checklists could not be read: %1 Select them again to retry.</source>
        <translation>Não foi possível ler os projetos, treinamentos e listas de verificação: %1 Selecione a pessoa de novo para tentar outra vez.</translation>
    </message>
    <message>
        <source>&amp;Projects (%1)</source>
        <translation>&amp;Projetos (%1)</translation>
    </message>
    <message>
        <source>T&amp;raining (%1)</source>
        <translation>T&amp;reinamento (%1)</translation>
    </message>
    <message>
        <source>C&amp;hecklists (%1)</source>
        <translation>&amp;Listas de verificação (%1)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projetos</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;reinamento</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation>&amp;Listas de verificação</translation>
    </message>
    <message>
        <source>Not a member of any project.</source>
        <translation>Não é membro de nenhum projeto.</translation>
    </message>
    <message>
        <source>No training passed yet.</source>
        <translation>Ainda não foi aprovado em nenhum treinamento.</translation>
    </message>
    <message>
        <source>No checklists.</source>
        <translation>Nenhuma lista de verificação.</translation>
    </message>
    <message>
        <source>Select a person to see their projects, trainings and checklists.</source>
        <translation>Selecione uma pessoa para ver os projetos, treinamentos e listas de verificação dela.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectFormDialog</name>
    <message>
        <source>Visible to everyone in the organisation</source>
        <translation>Visível para toda a organização</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Adicionar projeto</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar projeto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message numerus="yes">
        <source>%n editor(s) and</source>
        <translation>
            <numerusform>%n editor e</numerusform>
            <numerusform>%n editores e</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s) are assigned.</source>
        <translation>
            <numerusform>%n validador atribuídos.</numerusform>
            <numerusform>%n validadores atribuídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %)</source>
        <translation>Gasto %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Tasking Manager project URL</source>
        <translation>URL do projeto no Tasking Manager</translation>
    </message>
    <message>
        <source>Tasking Manager project &amp;URL</source>
        <translation>&amp;URL do projeto no Tasking Manager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Tarifa de mapeamento</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Tarifa de validação</translation>
    </message>
    <message>
        <source>&amp;Mapping rate</source>
        <translation>Tarifa de &amp;mapeamento</translation>
    </message>
    <message>
        <source>&amp;Validation rate</source>
        <translation>Tarifa de &amp;validação</translation>
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
        <translation>Dificuldade</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>&amp;Dificuldade</translation>
    </message>
    <message>
        <source>Once active, people who are not members see it under Open projects.</source>
        <translation>Depois de ativo, quem não é membro o vê em Projetos abertos.</translation>
    </message>
    <message>
        <source>Required training</source>
        <translation>Treinamento exigido</translation>
    </message>
    <message>
        <source>No training modules yet</source>
        <translation>Ainda não há módulos de treinamento</translation>
    </message>
    <message>
        <source>Required &amp;training</source>
        <translation>&amp;Treinamento exigido</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Tasks Mikro has already seen keep their rates; new rates apply to tasks first seen from now on.</source>
        <translation>As tarefas que o Mikro já viu mantêm suas tarifas; as novas tarifas valem para as tarefas vistas pela primeira vez a partir de agora.</translation>
    </message>
    <message>
        <source>New projects start inactive. Activate it when rates and members are set.</source>
        <translation>Projetos novos começam inativos. Ative-o quando as tarifas e os membros estiverem definidos.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Give an http or https address that ends with the project&apos;s number, like https://tasks.kaart.com/projects/123.</source>
        <translation>Informe um endereço http ou https que termine com o número do projeto, como https://tasks.kaart.com/projects/123.</translation>
    </message>
    <message>
        <source>Already added as &apos;%1&apos;.</source>
        <translation>Já adicionado como “%1”.</translation>
    </message>
    <message>
        <source>Reading the project from the Tasking Manager…</source>
        <translation>Lendo o projeto do Tasking Manager…</translation>
    </message>
    <message>
        <source>The Tasking Manager has no project with this number.</source>
        <translation>O Tasking Manager não tem nenhum projeto com este número.</translation>
    </message>
    <message>
        <source>The Tasking Manager could not be reached. Try again in a moment.</source>
        <translation>Não foi possível contatar o Tasking Manager. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>(%1 + %2) × %3 tasks = %4</source>
        <translation>(%1 + %2) × %3 tarefas = %4</translation>
    </message>
    <message>
        <source>Change rates</source>
        <translation>Alterar tarifas</translation>
    </message>
    <message>
        <source>Change the rates of &apos;%1&apos;? Tasks Mikro has already seen keep their rates; the new rates apply to tasks first seen from now on. Budget becomes %2.</source>
        <translation>Alterar as tarifas de “%1”? As tarefas que o Mikro já viu mantêm suas tarifas; as novas valem para as tarefas vistas pela primeira vez a partir de agora. O orçamento passa a ser %2.</translation>
    </message>
    <message>
        <source>Large rate</source>
        <translation>Tarifa alta</translation>
    </message>
    <message>
        <source>Is this rate per task correct? Mapping %1, validation %2 a task.</source>
        <translation>Esta tarifa por tarefa está correta? Mapeamento %1, validação %2 por tarefa.</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Criando o projeto…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>This project is already registered in Mikro.</source>
        <translation>Este projeto já está registrado no Mikro.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectMembersDialog</name>
    <message>
        <source>Assign as &amp;editor</source>
        <translation>Atribuir como &amp;editor</translation>
    </message>
    <message>
        <source>Assign as &amp;validator</source>
        <translation>Atribuir como &amp;validador</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membros de %1</translation>
    </message>
    <message>
        <source>No active people in the organisation.</source>
        <translation>Não há pessoas ativas na organização.</translation>
    </message>
    <message>
        <source>Editors %1 · Validators %2</source>
        <translation>Editores %1 · Validadores %2</translation>
    </message>
    <message>
        <source>Only validators and admins validate.</source>
        <translation>Somente validadores e administradores validam.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Unassign %1 from &apos;%2&apos;? What they earned there stays theirs.</source>
        <translation>Remover %1 de “%2”? O que ganhou lá continua sendo seu.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Project %1 in the Tasking Manager</source>
        <translation>Projeto %1 no Tasking Manager</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronização %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>%1 tasks · %2 mapped · %3 validated · %4 invalidated</source>
        <translation>%1 tarefas · %2 mapeadas · %3 validadas · %4 invalidadas</translation>
    </message>
    <message>
        <source>Mapping %1 per task · Validation %2 per task</source>
        <translation>Mapeamento %1 por tarefa · Validação %2 por tarefa</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Treinamento %1</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Sem tentativas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No training required.</source>
        <translation>Nenhum treinamento exigido.</translation>
    </message>
    <message>
        <source>Required training:</source>
        <translation>Treinamento exigido:</translation>
    </message>
    <message>
        <source>Pass the required training first.</source>
        <translation>Seja aprovado primeiro no treinamento exigido.</translation>
    </message>
    <message>
        <source>Link to %1 copied</source>
        <translation>Link para %1 copiado</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>Sair de %1?</translation>
    </message>
    <message>
        <source>Leave %1? What you earned there stays yours; to map there again you join it again or ask an admin.</source>
        <translation>Sair de %1? O que você ganhou lá continua sendo seu; para mapear lá de novo, entre novamente ou peça a um administrador.</translation>
    </message>
    <message>
        <source>Leave project</source>
        <translation>Sair do projeto</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ficar</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <source>Leaving %1…</source>
        <translation>Saindo de %1…</translation>
    </message>
    <message>
        <source>You joined %1</source>
        <translation>Você entrou em %1</translation>
    </message>
    <message>
        <source>You left %1</source>
        <translation>Você saiu de %1</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Atribuídos a mim</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Projetos abertos</translation>
    </message>
    <message>
        <source>Show projects</source>
        <translation>Mostrar projetos</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir no Tasking Manager</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Join project</source>
        <translation>Entrar no projeto</translation>
    </message>
    <message>
        <source>Leave project…</source>
        <translation>Sair do projeto…</translation>
    </message>
    <message>
        <source>Open training</source>
        <translation>Abrir treinamento</translation>
    </message>
    <message>
        <source>You&apos;re not on a project yet. Join one under Open projects, or an admin adds you; required training is under Training.</source>
        <translation>Você ainda não está em nenhum projeto. Entre em um em Projetos abertos ou um administrador adiciona você; o treinamento exigido está em Treinamento.</translation>
    </message>
    <message>
        <source>No open projects right now.</source>
        <translation>Não há projetos abertos no momento.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::QuizDialog</name>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respostas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 questions · pass mark %2 % · %3 points</source>
        <translation>%1 perguntas · nota mínima %2 % · %3 pontos</translation>
    </message>
    <message>
        <source>Open training material</source>
        <translation>Abrir o material de treinamento</translation>
    </message>
    <message>
        <source>Loading the quiz…</source>
        <translation>Carregando o questionário…</translation>
    </message>
    <message>
        <source>Close this window and try again later.</source>
        <translation>Feche esta janela e tente mais tarde.</translation>
    </message>
    <message>
        <source>You have used today&apos;s %1 attempts at this quiz. You can try again after %2.</source>
        <translation>Você usou as %1 tentativas de hoje neste questionário. Pode tentar de novo depois de %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Pergunta %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation>Corrigindo…</translation>
    </message>
    <message>
        <source>The answers were not graded</source>
        <translation>As respostas não foram corrigidas</translation>
    </message>
    <message>
        <source>Your answers are still here; submit them again.</source>
        <translation>Suas respostas continuam aqui; envie-as de novo.</translation>
    </message>
    <message>
        <source>Passed — %1 % (pass mark %2 %).</source>
        <translation>Aprovado — %1 % (nota mínima %2 %).</translation>
    </message>
    <message>
        <source>%1 points added.</source>
        <translation>%1 pontos adicionados.</translation>
    </message>
    <message>
        <source>Not passed — %1 % (pass mark %2 %). Review the material and try again.</source>
        <translation>Não aprovado — %1 % (nota mínima %2 %). Revise o material e tente de novo.</translation>
    </message>
    <message>
        <source>Attempts left today: %1.</source>
        <translation>Tentativas restantes hoje: %1.</translation>
    </message>
    <message>
        <source>No attempts left today.</source>
        <translation>Não restam tentativas hoje.</translation>
    </message>
    <message>
        <source>Discard your answers?</source>
        <translation>Descartar suas respostas?</translation>
    </message>
    <message>
        <source>Your answers to this quiz are not submitted and will be lost.</source>
        <translation>Suas respostas a este questionário não foram enviadas e serão perdidas.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Prévia: %1</translation>
    </message>
    <message>
        <source>Preview: your answers are graded here and nothing is recorded.</source>
        <translation>Prévia: suas respostas são avaliadas aqui e nada é registrado.</translation>
    </message>
    <message>
        <source>Grade answers</source>
        <translation>Avaliar respostas</translation>
    </message>
    <message>
        <source>Preview: %1 % (pass mark %2 %). A person with these answers would pass.</source>
        <translation>Prévia: %1 % (nota mínima %2 %). Uma pessoa com estas respostas seria aprovada.</translation>
    </message>
    <message>
        <source>Preview: %1 % (pass mark %2 %). A person with these answers would not pass.</source>
        <translation>Prévia: %1 % (nota mínima %2 %). Uma pessoa com estas respostas não seria aprovada.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nada foi registrado.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ReconciliationPage</name>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Another admin decides your own request.</source>
        <translation>Outro administrador decide a sua própria solicitação.</translation>
    </message>
    <message>
        <source>Request paid: %1 to %2</source>
        <translation>Solicitação paga: %1 para %2</translation>
    </message>
    <message>
        <source>Request #%1 rejected</source>
        <translation>Solicitação nº %1 rejeitada</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Pagamentos (%1)</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Pagar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeitar…</translation>
    </message>
    <message>
        <source>No requests are waiting. New ones appear here.</source>
        <translation>Não há solicitações aguardando. As novas aparecem aqui.</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Ainda não há pagamentos.</translation>
    </message>
    <message>
        <source>Payment recorded: %1 to %2</source>
        <translation>Pagamento registrado: %1 para %2</translation>
    </message>
    <message>
        <source>Adjustment recorded for %1: payable now %2</source>
        <translation>Ajuste registrado para %1: a receber agora %2</translation>
    </message>
    <message>
        <source>No pending requests to export.</source>
        <translation>Não há solicitações pendentes para exportar.</translation>
    </message>
    <message>
        <source>Export payout batch</source>
        <translation>Exportar lote de pagamentos</translation>
    </message>
    <message>
        <source>The batch could not be saved: %1. Choose another folder.</source>
        <translation>Não foi possível salvar o lote: %1. Escolha outra pasta.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) (%1)</source>
        <translation>
            <numerusform>%n solicitação exportada (%1)</numerusform>
            <numerusform>%n solicitações exportadas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual payment…</source>
        <translation>Pagamento manual…</translation>
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
            <numerusform>%n pessoa acima do mínimo</numerusform>
            <numerusform>%n pessoas acima do mínimo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s)</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Solicitações pendentes</translation>
    </message>
    <message>
        <source>Payable not requested</source>
        <translation>A receber não solicitado</translation>
    </message>
    <message>
        <source>Paid this month</source>
        <translation>Pago neste mês</translation>
    </message>
    <message>
        <source>Paid in total</source>
        <translation>Pago no total</translation>
    </message>
    <message>
        <source>Requests (%1 pending)</source>
        <translation>Solicitações (%1 pendentes)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No requests with this status.</source>
        <translation>Não há solicitações com este status.</translation>
    </message>
    <message numerus="yes">
        <source>last month %1 (%n payout(s))</source>
        <translation>
            <numerusform>no mês passado %1 (%n pagamento)</numerusform>
            <numerusform>no mês passado %1 (%n pagamentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjustments (%1)</source>
        <translation>Ajustes (%1)</translation>
    </message>
    <message>
        <source>No adjustments yet. Adjustment… credits or debits a person with a reason.</source>
        <translation>Ainda não há ajustes. Ajuste… registra um crédito ou um débito para uma pessoa, com um motivo.</translation>
    </message>
    <message>
        <source>Payout settings saved: minimum payout %1</source>
        <translation>Configurações de pagamento salvas: pagamento mínimo %1</translation>
    </message>
    <message>
        <source>Payments (%1 of %2)</source>
        <translation>Pagamentos (%1 de %2)</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <source>Payout settings…</source>
        <translation>Configurações de pagamento…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RecordTable</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Pesquisar…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RejectRequestDialog</name>
    <message>
        <source>Reject request #%1</source>
        <translation>Rejeitar a solicitação nº %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What the person should fix, e.g. the payment email</source>
        <translation>O que a pessoa deve corrigir, por exemplo o e-mail de pagamento</translation>
    </message>
    <message>
        <source>Reject the request of %1 for %2? They can read the reason, and the amount is theirs to request again.</source>
        <translation>Rejeitar a solicitação de %1 de %2? A pessoa poderá ler o motivo, e o valor volta a estar disponível para ser solicitado.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rejeitar solicitação</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RequestPayoutDialog</name>
    <message>
        <source>Request a payout</source>
        <translation>Solicitar um pagamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Já pago</translation>
    </message>
    <message>
        <source>No payment email yet</source>
        <translation>Ainda sem e-mail de pagamento</translation>
    </message>
    <message>
        <source>Change on the Account page</source>
        <translation>Alterar na página Conta</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pago para</translation>
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
        <translation>Comentário publicado</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comentário excluído</translation>
    </message>
    <message>
        <source>Review Checklists</source>
        <translation>Revisar listas de verificação</translation>
    </message>
    <message>
        <source>Confirm all done items (%1)</source>
        <translation>Confirmar todos os itens feitos (%1)</translation>
    </message>
    <message>
        <source>Every item must be done before all can be confirmed at once.</source>
        <translation>Todos os itens precisam estar feitos antes de confirmar todos de uma vez.</translation>
    </message>
    <message>
        <source>Item confirmed</source>
        <translation>Item confirmado</translation>
    </message>
    <message>
        <source>Checklist confirmed</source>
        <translation>Lista de verificação confirmada</translation>
    </message>
    <message>
        <source>Confirm the last items?</source>
        <translation>Confirmar os últimos itens?</translation>
    </message>
    <message>
        <source>Confirm the last items of “%1”? %2 is credited %3 and you %4.</source>
        <translation>Confirmar os últimos itens de “%1”? %2 recebe %3 e você %4.</translation>
    </message>
    <message>
        <source>Confirm and credit</source>
        <translation>Confirmar e creditar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
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
        <translation>Só paradas</translation>
    </message>
    <message>
        <source>No checklists are waiting for confirmation.</source>
        <translation>Não há listas de verificação aguardando confirmação.</translation>
    </message>
    <message>
        <source>No checklists here.</source>
        <translation>Não há listas de verificação aqui.</translation>
    </message>
    <message>
        <source>Needs a connection</source>
        <translation>Requer conexão</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Connection and sign-in changes take effect after you sign in again; a new language after Mikro restarts.</source>
        <translation>As alterações de conexão e de login valem depois que você entrar de novo; um novo idioma, depois que o Mikro reiniciar.</translation>
    </message>
    <message>
        <source>Mikro server (recommended)</source>
        <translation>Servidor do Mikro (recomendado)</translation>
    </message>
    <message>
        <source>Local file (SQLite): your own data on this computer</source>
        <translation>Arquivo local (SQLite): seus próprios dados neste computador</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Arquivo local</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db)</source>
        <translation>Arquivos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation>Serviço de login (emissor)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público (audience)</translation>
    </message>
    <message>
        <source>Callback ports</source>
        <translation>Portas de retorno</translation>
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
        <translation>Escolha o arquivo local.</translation>
    </message>
    <message>
        <source>Mikro cannot write in the folder of %1. Choose another.</source>
        <translation>O Mikro não consegue gravar na pasta de %1. Escolha outra.</translation>
    </message>
    <message>
        <source>Enter the sign-in service&apos;s address starting with https:// (http:// only on this computer).</source>
        <translation>Digite o endereço do serviço de login começando com https:// (http:// só neste computador).</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Digite o ID do cliente.</translation>
    </message>
    <message>
        <source>Enter the audience.</source>
        <translation>Digite o público (audience).</translation>
    </message>
    <message>
        <source>Give at least one callback port from 1024 to 65535, separated by commas.</source>
        <translation>Informe pelo menos uma porta de retorno de 1024 a 65535, separadas por vírgulas.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>The file does not exist yet; Mikro creates it when you sign in.</source>
        <translation>O arquivo ainda não existe; o Mikro o cria quando você entrar.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: it is not ready (%2).</source>
        <translation>O servidor respondeu HTTP %1: não está pronto (%2).</translation>
    </message>
    <message>
        <source>No answer from the server: %1. Check the address and your connection.</source>
        <translation>Sem resposta do servidor: %1. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>The Mikro server answers and is ready.</source>
        <translation>O servidor do Mikro responde e está pronto.</translation>
    </message>
    <message>
        <source>This address answers, but not as a Mikro server does.</source>
        <translation>Este endereço responde, mas não como um servidor do Mikro.</translation>
    </message>
    <message>
        <source>Organisation database (PostgreSQL, trusted network only)</source>
        <translation>Banco de dados da organização (PostgreSQL, só em rede confiável)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Deixe vazio para manter a senha guardada</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Mikro&apos;s settings.</source>
        <translation>A senha fica no chaveiro do sistema, nunca nas configurações do Mikro.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <source>Enter the database&apos;s host.</source>
        <translation>Digite o servidor do banco de dados.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Digite o nome do banco de dados.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Digite o usuário do banco de dados.</translation>
    </message>
    <message>
        <source>Mikro could not open the store: %1</source>
        <translation>O Mikro não conseguiu abrir o armazenamento de dados: %1</translation>
    </message>
    <message>
        <source>Connected. The store is empty; Mikro sets it up when you sign in.</source>
        <translation>Conectado. O armazenamento de dados está vazio; o Mikro o prepara quando você entrar.</translation>
    </message>
    <message>
        <source>Connected. The store is ready (schema version %1).</source>
        <translation>Conectado. O armazenamento de dados está pronto (versão do esquema %1).</translation>
    </message>
    <message>
        <source>Connected. The store is at schema version %1; Mikro updates it to %2 when you sign in.</source>
        <translation>Conectado. O armazenamento de dados está na versão do esquema %1; o Mikro o atualiza para a %2 quando você entrar.</translation>
    </message>
    <message>
        <source>Connected, but a newer Mikro set this store up (schema version %1; this one knows %2). Update Mikro before using it.</source>
        <translation>Conectado, mas uma versão mais nova do Mikro preparou este armazenamento de dados (versão do esquema %1; esta conhece a %2). Atualize o Mikro antes de usá-lo.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1), so nothing was saved. Mikro never stores passwords in plain text: use a Mikro server instead, or unlock the keychain and try again.</source>
        <translation>O chaveiro do sistema não conseguiu guardar a senha (%1), então nada foi salvo. O Mikro nunca guarda senhas em texto simples: use um servidor do Mikro ou desbloqueie o chaveiro e tente de novo.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Open the n-th page of the sidebar</source>
        <translation>Abrir a n-ésima página da barra lateral</translation>
    </message>
    <message>
        <source>Refresh the page</source>
        <translation>Atualizar a página</translation>
    </message>
    <message>
        <source>Sidebar labels on or off</source>
        <translation>Mostrar ou ocultar os rótulos da barra lateral</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copiar as linhas selecionadas</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Default action of the selected row</source>
        <translation>Ação padrão da linha selecionada</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog; clear the search box</source>
        <translation>Fechar uma caixa de diálogo; limpar a caixa de pesquisa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Entrar no Mikro</translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Task tracking and payments for OpenStreetMap mappers</source>
        <translation>Acompanhamento de tarefas e pagamentos para mapeadores do OpenStreetMap</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Entrar pelo navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Browser didn&apos;t open?</source>
        <translation>O navegador não abriu?</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer:</source>
        <translation>Abra este endereço em um navegador neste computador:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Configurações de conexão…</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link copiado</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Mikro continues by itself.</source>
        <translation>Conclua o login no navegador. O Mikro continuará automaticamente.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the link below into a browser.</source>
        <translation>Não foi possível abrir seu navegador. Copie o link abaixo em um navegador.</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Concluindo o login…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Carregando seu perfil…</translation>
    </message>
    <message>
        <source>Work offline as %1</source>
        <translation>Trabalhar off-line como %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SignOutQuestion</name>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent. They stay on this computer and are sent the next time you sign in.</source>
        <translation>
            <numerusform>%n alteração não foi enviada. Ela fica neste computador e é enviada na próxima vez que você entrar.</numerusform>
            <numerusform>%n alterações não foram enviadas. Elas ficam neste computador e são enviadas na próxima vez que você entrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes and sign out…</source>
        <translation>Descartar alterações e sair…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) that have not been sent? They will never reach the server.</source>
        <translation>
            <numerusform>Descartar %n alteração que não foi enviada? Ela nunca chegará ao servidor.</numerusform>
            <numerusform>Descartar %n alterações que não foram enviadas? Elas nunca chegarão ao servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and sign out</source>
        <translation>Descartar e sair</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TaskReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) listed</source>
        <translation>
            <numerusform>%n tarefa na lista</numerusform>
            <numerusform>%n tarefas na lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Another admin decides tasks you mapped.</source>
        <translation>Outro administrador decide as tarefas que você mapeou.</translation>
    </message>
    <message>
        <source>%1 is credited %2.</source>
        <translation>%1 recebe um crédito de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n mappers are credited %1 in total.</source>
        <translation>
            <numerusform>%n mapeador recebe %1 no total.</numerusform>
            <numerusform>%n mapeadores recebem %1 no total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n validation(s)?</source>
        <translation>
            <numerusform>Aceitar %n validação?</numerusform>
            <numerusform>Aceitar %n validações?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n validation(s)?</source>
        <translation>
            <numerusform>Rejeitar %n validação?</numerusform>
            <numerusform>Rejeitar %n validações?</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is paid for these tasks.</source>
        <translation>Ninguém recebe por estas tarefas.</translation>
    </message>
    <message>
        <source>Accept validation</source>
        <translation>Aceitar a validação</translation>
    </message>
    <message>
        <source>Reject validation</source>
        <translation>Rejeitar a validação</translation>
    </message>
    <message>
        <source>Accept and credit</source>
        <translation>Aceitar e creditar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) accepted</source>
        <translation>
            <numerusform>%n validação aceita</numerusform>
            <numerusform>%n validações aceitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) rejected</source>
        <translation>
            <numerusform>%n validação rejeitada</numerusform>
            <numerusform>%n validações rejeitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be decided: %1</source>
        <translation>
            <numerusform>Não foi possível decidir %n tarefa: %1</numerusform>
            <numerusform>Não foi possível decidir %n tarefas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer revisão</translation>
    </message>
    <message>
        <source>Unknown validator</source>
        <translation>Validador desconhecido</translation>
    </message>
    <message>
        <source>Self-validation</source>
        <translation>Autovalidação</translation>
    </message>
    <message>
        <source>Mapping at stake</source>
        <translation>Mapeamento em jogo</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Todos os motivos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Todos os projetos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Accept validation…</source>
        <translation>Aceitar a validação…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeitar…</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Abrir no Tasking Manager</translation>
    </message>
    <message>
        <source>Nothing to review. Tasks validated by someone outside Mikro, or by their own mapper, appear here after a sync.</source>
        <translation>Não há nada para revisar. As tarefas validadas por alguém de fora do Mikro, ou pelo próprio mapeador, aparecem aqui depois de uma sincronização.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TrainingEditorDialog</name>
    <message>
        <source>Add &amp;question</source>
        <translation>Adicionar per&amp;gunta</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>Remo&amp;ver pergunta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;er</translation>
    </message>
    <message>
        <source>Add a&amp;nswer</source>
        <translation>Adicionar resp&amp;osta</translation>
    </message>
    <message>
        <source>Remove answe&amp;r</source>
        <translation>Remover re&amp;sposta</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Novo treinamento</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Editar treinamento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Material URL</source>
        <translation>URL do material</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificuldade</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correta</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Cima</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Baixo</translation>
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
        <translation>URL do &amp;material</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Pontos</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>&amp;Dificuldade</translation>
    </message>
    <message>
        <source>Pass mar&amp;k</source>
        <translation>Nota mí&amp;nima</translation>
    </message>
    <message>
        <source>Answers (tick the one correct answer)</source>
        <translation>Respostas (marque a única resposta correta)</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>A pergunta %1 não tem texto.</translation>
    </message>
    <message>
        <source>Question %1 needs 2 to %2 answers.</source>
        <translation>A pergunta %1 precisa de 2 a %2 respostas.</translation>
    </message>
    <message>
        <source>Question %1 has no correct answer.</source>
        <translation>A pergunta %1 não tem resposta correta.</translation>
    </message>
    <message>
        <source>Question %1 has more than one correct answer.</source>
        <translation>A pergunta %1 tem mais de uma resposta correta.</translation>
    </message>
    <message>
        <source>Question %1 has an empty answer.</source>
        <translation>A pergunta %1 tem uma resposta vazia.</translation>
    </message>
    <message>
        <source>Question %1 has the same answer twice.</source>
        <translation>A pergunta %1 tem a mesma resposta duas vezes.</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Dê um título ao treinamento.</translation>
    </message>
    <message>
        <source>The material URL must be an http or https address.</source>
        <translation>A URL do material deve ser um endereço http ou https.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Adicione pelo menos uma pergunta.</translation>
    </message>
    <message>
        <source>Change questions</source>
        <translation>Alterar perguntas</translation>
    </message>
    <message>
        <source>People who passed keep their result and points; new attempts use the new questions.</source>
        <translation>Quem foi aprovado mantém seu resultado e seus pontos; as novas tentativas usam as novas perguntas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Creating the training…</source>
        <translation>Criando o treinamento…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Mapping %1 · Validation %2 · Project %3</source>
        <translation>Mapeamento %1 · Validação %2 · Projeto %3</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Aprovado em %1</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Questionário aprovado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponíveis</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovados</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Ainda não aprovados</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Mapping (%1)</source>
        <translation>Mapeamento (%1)</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>Validação (%1)</translation>
    </message>
    <message>
        <source>Project (%1)</source>
        <translation>Projeto (%1)</translation>
    </message>
    <message>
        <source>No mapping training yet</source>
        <translation>Ainda não há treinamento de mapeamento</translation>
    </message>
    <message>
        <source>No validation training yet</source>
        <translation>Ainda não há treinamento de validação</translation>
    </message>
    <message>
        <source>No project training yet</source>
        <translation>Ainda não há treinamento de projeto</translation>
    </message>
    <message>
        <source>Open material</source>
        <translation>Abrir material</translation>
    </message>
    <message>
        <source>Take quiz…</source>
        <translation>Fazer o questionário…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reativar…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desativar…</translation>
    </message>
    <message>
        <source>Another admin deactivates your account.</source>
        <translation>Outro administrador desativa sua conta.</translation>
    </message>
    <message>
        <source>Change your own role?</source>
        <translation>Alterar sua própria função?</translation>
    </message>
    <message>
        <source>You will no longer be an admin: this page and the organisation&apos;s payments close for you. Another admin can make you one again.</source>
        <translation>Você deixará de ser administrador: esta página e os pagamentos da organização serão fechados para você. Outro administrador pode torná-lo administrador de novo.</translation>
    </message>
    <message>
        <source>Change my role</source>
        <translation>Alterar minha função</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 agora é %2</translation>
    </message>
    <message>
        <source>Adjustment recorded for %1: payable now %2</source>
        <translation>Ajuste registrado para %1: a receber agora %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Deactivate %1? %1 can no longer sign in or be assigned. History and ledger stay; the payable %2 is still owed and a pending request stays in the queue.</source>
        <translation>Desativar %1? %1 não poderá mais entrar nem ser atribuído. O histórico e o livro-razão permanecem; o saldo a receber de %2 continua devido e uma solicitação pendente continua na fila.</translation>
    </message>
    <message>
        <source>Reactivate %1? %1 can sign in again and be assigned to projects.</source>
        <translation>Reativar %1? %1 poderá entrar novamente e ser atribuído a projetos.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 desativado</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reativado</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuários</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>usuarios.csv</translation>
    </message>
    <message>
        <source>The users could not be saved to %1. Choose another folder.</source>
        <translation>Não foi possível salvar os usuários em %1. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Users exported to %1</source>
        <translation>Usuários exportados para %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativas</translation>
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
        <translation>Sem nome de usuário do OSM</translation>
    </message>
    <message>
        <source>their work cannot be credited</source>
        <translation>o trabalho delas não pode ser creditado</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativados</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Todas as funções</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Active and deactivated</source>
        <translation>Ativos e desativados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Alterar função…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Ajuste…</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copiar e-mail</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>No one has signed in here yet.</source>
        <translation>Ninguém entrou aqui ainda.</translation>
    </message>
    <message>
        <source>Ledger…</source>
        <translation>Livro-razão…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ValidatorWork</name>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n parada</numerusform>
            <numerusform>%n paradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Validations made</source>
        <translation>Validações feitas</translation>
    </message>
    <message>
        <source>Invalidations made</source>
        <translation>Invalidações feitas</translation>
    </message>
    <message>
        <source>Validation earnings</source>
        <translation>Ganhos com validação</translation>
    </message>
    <message>
        <source>Checklists to review</source>
        <translation>Listas de verificação a revisar</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>As que mais esperam</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Aguardando desde</translation>
    </message>
    <message>
        <source>No checklists are waiting for confirmation.</source>
        <translation>Não há listas de verificação aguardando confirmação.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Abrir a revisão</translation>
    </message>
    <message>
        <source>No projects yet. Contact an admin to be assigned as a validator.</source>
        <translation>Ainda não há projetos. Peça a um administrador para atribuir você como validador.</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>Meus projetos</translation>
    </message>
</context>
<context>
    <name>mikro::ui::WeeklyTasksChart</name>
    <message>
        <source>Week of %1: %2 %3</source>
        <translation>Semana de %1: %2 %3</translation>
    </message>
    <message>
        <source>No task activity in the last 12 weeks</source>
        <translation>Nenhuma atividade de tarefas nas últimas 12 semanas</translation>
    </message>
    <message>
        <source>Weekly tasks</source>
        <translation>Tarefas por semana</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabela</translation>
    </message>
</context>
</TS>
