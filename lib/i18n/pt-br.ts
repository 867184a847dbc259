import type { Messages } from './en';
import { DETECTION_STRINGS_PT_BR } from './pt-br-detect';

/*
 * The Brazilian Portuguese catalogue. Typed `Messages`: a key missing here, or
 * one English does not have, is a type error. "Você" throughout, as Brazilian
 * software speaks; "segredo" for secret, "link" for link, "revelar" for reveal,
 * "link de gerenciamento" for the manage link, "solicitação" for a request,
 * "revogar" and "rotacionar" for revoke and rotate, "remetente" and
 * "destinatário" for sender and recipient, "senha" for password.
 */

const number = (n: number) => n.toLocaleString('pt-BR');
const pct = (n: number) => `${n}%`;
const times = (n: number) => (n === 1 ? '1 vez' : `${n} vezes`);
const moreTimes = (n: number) => (n === 1 ? 'mais 1 vez' : `mais ${n} vezes`);
const UNCERTAIN =
  'então não é possível saber se esta visualização foi consumida. Tente novamente; se o link disser que já foi aberto, peça um novo ao remetente.';

export const ptBR: Messages = {
  detect: DETECTION_STRINGS_PT_BR,
  header: {
    navigation: 'Principal',
    share: 'Compartilhar',
    myLinks: 'Meus links',
  },
  footer: {
    keyStaysInLink:
      'A chave de cada segredo fica no link, depois do #, uma parte que os navegadores nunca enviam a nenhum servidor. O servidor guarda apenas texto criptografado e o exclui após a última visualização permitida.',
  },
  language: {
    label: 'Idioma',
  },
  copy: {
    copy: 'Copiar',
    copied: 'Copiado',
    failed: 'Não foi possível copiar: selecione o texto e copie',
  },
  home: {
    title: 'Compartilhe um segredo uma única vez',
    intro:
      'Seu navegador o criptografa antes de enviar qualquer coisa. O link o abre um número definido de vezes e depois ele desaparece para sempre.',
  },
  create: {
    secretLabel: 'Segredo',
    secretPlaceholder: 'sk_live_…, uma URL de banco de dados ou um arquivo .env inteiro',
    secretHint: 'Criptografado neste navegador antes do envio. Nunca é armazenado sem criptografia.',
    tooLarge: (bytes: number, limit: number) => `Grande demais: ${number(bytes)} bytes; o limite é ${number(limit)}.`,
    expiresLabel: 'Expira depois de',
    ttl: {
      300: '5 minutos',
      3600: '1 hora',
      86400: '1 dia',
      604800: '7 dias',
      2592000: '30 dias',
    },
    viewsLabel: 'Pode ser aberto',
    views: (n: number) => (n === 1 ? '1 vez (recomendado)' : times(n)),
    submit: 'Criar link secreto',
    encrypting: 'Criptografando…',
    protecting: (percent: number) => `Protegendo com sua senha… ${pct(percent)}`,
    errors: {
      network: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
      rateLimited: 'Muitos segredos foram criados daqui agora há pouco. Aguarde um minuto e tente novamente.',
      tooLarge: 'Este segredo é grande demais para ser compartilhado.',
      unavailable: 'O serviço está temporariamente indisponível. Tente novamente em instantes.',
      failed: 'Não foi possível criar o segredo. Tente novamente.',
      encryptionFailed: 'Seu navegador não conseguiu criptografar este segredo. Nada foi enviado.',
    },
  },
  files: {
    label: 'Arquivos',
    optional: '(opcional)',
    choose: 'Adicionar arquivos',
    drop: 'ou solte-os aqui',
    limit: (limit: string, count: number) =>
      `Até ${count} arquivos, ${limit} no total. Criptografados neste navegador.`,
    remove: (name: string) => `Remover ${name}`,
    total: (size: string) => `No total: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Estes arquivos somam ${size}, acima do limite de ${limit}. Remova alguns; nada foi enviado.`,
    tooMany: (count: number) => `No máximo ${count} arquivos por segredo. Nada foi enviado.`,
    uploading: (percent: number) => `Criptografando e enviando… ${pct(percent)}`,
    cancel: 'Cancelar envio',
    cancelled: 'Envio cancelado. Nada foi compartilhado, e o que já havia sido enviado está sendo excluído.',
    uploadsPaused:
      'O armazenamento está quase cheio, então o envio de arquivos está pausado por enquanto. Segredos em texto continuam funcionando.',
    incomplete: 'O envio não foi concluído. Tente novamente.',
    changed: 'Um arquivo mudou ou ficou ilegível durante o envio. Nada foi compartilhado. Tente novamente.',
    contains: (size: string) => `Contém arquivos: ${size} depois de criptografados.`,
    downloading: (percent: number) => `Baixando e descriptografando os arquivos… ${pct(percent)}`,
    listTitle: 'Arquivos',
    download: (name: string) => `Baixar ${name}`,
    downloadShort: 'Baixar',
    preview: 'Visualizar como texto',
    hidePreview: 'Ocultar visualização',
    previewLabel: (name: string) => `Conteúdo de ${name}`,
    noPreview: 'Este arquivo não é texto simples, então não há visualização. Baixe-o.',
    typeUnknown: 'tipo desconhecido',
    downloadFailed:
      'Não foi possível baixar os arquivos. Tente novamente: o download continua disponível por alguns minutos depois que o segredo é revelado.',
    retry: 'Tentar baixar novamente',
    damaged:
      'Os arquivos não passaram na verificação de integridade e não foram salvos. Peça ao remetente que os compartilhe novamente.',
    keepNote:
      'Agora os arquivos estão só nesta página. Baixe o que precisar antes de sair: eles já foram excluídos do servidor ou serão quando o prazo de download terminar.',
  },
  password: {
    label: 'Senha',
    optional: '(opcional)',
    show: 'Mostrar',
    hide: 'Ocultar',
    generate: 'Gerar',
    weak: 'Fraca: fácil de adivinhar se o link vazar.',
    fair: 'Razoável.',
    strong: 'Forte.',
    advice:
      'Envie a senha por um canal diferente do link: uma ligação, um SMS ou o Signal. Uma senha errada nunca consome o link.',
  },
  record: {
    summary: 'Guardar uma nota particular neste navegador (opcional)',
    intro: <T>(myLinks: T) => [
      'Salva apenas em ',
      myLinks,
      ' neste navegador e nunca enviada ao servidor, para você acompanhar o que compartilhou e rotacionar tudo quando o trabalho terminar.',
    ],
    myLinks: 'Meus links',
    label: 'Rótulo',
    labelPlaceholder: 'Chave restrita da Stripe para a Acme',
    recipient: 'Destinatário',
    recipientPlaceholder: 'Dana (terceirizada)',
    rotateBy: 'Rotacionar até',
  },
  result: {
    title: 'Seu link secreto está pronto',
    link: 'Link',
    copyLink: 'Copiar link',
    showQr: 'Mostrar código QR',
    hideQr: 'Ocultar código QR',
    qrLabel: 'Código QR do link secreto',
    qrHint: 'Gerado neste navegador. Escaneie com o celular que vai abrir o segredo.',
    opensAndExpires: (views: number, date: string) =>
      `Abre ${views === 1 ? 'uma vez' : `${views} vezes`} e expira em ${date}.`,
    sendWithPassword:
      'Envie o link por um canal (chat, e-mail) e a senha por outro (uma ligação, um SMS ou o Signal). Nunca coloque os dois na mesma mensagem.',
    sendWithoutPassword:
      'Envie este link por um canal (chat, e-mail). Não é preciso mais nada: a chave está dentro do link, então qualquer pessoa com o link pode abri-lo, e depois de aberto ele desaparece.',
    manageLink: 'Link de gerenciamento (guarde só para você)',
    copyManageLink: 'Copiar',
    manageHint:
      'O link de gerenciamento mostra se e quando o segredo foi aberto, e permite revogá-lo. Ele não consegue ler o segredo.',
    savedIn: <T>(myLinks: T) => [' Ele também fica salvo em ', myLinks, ' neste navegador.'],
    myLinks: 'Meus links',
    shareAnother: 'Compartilhar outro segredo',
  },
  reveal: {
    checking: 'Verificando o link…',
    title: 'Alguém compartilhou um segredo com você',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Este segredo pode ser visualizado mais 1 vez. Ele será destruído depois que você o revelar.'
        : `Este segredo pode ser visualizado mais ${n} vezes. Ele será destruído após a última visualização.`,
    expires: (date: string) => `Ele expira em ${date}.`,
    password: 'Senha',
    passwordHint: 'O remetente deve ter passado a senha para você por outro meio. Uma senha errada não consome o link.',
    wrongPassword: (attemptsLeft: number) =>
      `Senha incorreta. ${attemptsLeft === 1 ? 'Resta 1 tentativa' : `Restam ${attemptsLeft} tentativas`} antes que o segredo seja destruído.`,
    submit: 'Revelar segredo',
    checkingPassword: (percent: number) => `Verificando a senha… ${pct(percent)}`,
    revealing: 'Revelando…',
    destroyedTitle: 'Este segredo foi destruído',
    destroyedBody:
      'Foram tentadas senhas erradas demais, então o segredo foi excluído para sempre. Peça ao remetente que o compartilhe novamente.',
    unavailable:
      'O serviço está temporariamente indisponível. Seu link continua funcionando: recarregue esta página em instantes.',
    goneTitle: 'Este link já foi aberto ou expirou',
    goneBody:
      'Peça um novo ao remetente. Segredos compartilhados pelo Handoff só podem ser abertos um número definido de vezes.',
    invalidTitle: 'Este link está incompleto',
    invalidAdvice: 'Copie o link inteiro da mensagem que você recebeu ou peça ao remetente que o envie novamente.',
    linkProblems: {
      empty: 'Falta a chave do link, a parte depois do sinal #.',
      tooShort: 'O link está cortado: falta parte da chave.',
      tooLong: 'A chave do link é mais longa do que deveria.',
      badCharacters: 'A chave do link contém caracteres que não deveriam estar ali.',
    },
    errors: {
      unavailable:
        'O serviço está temporariamente indisponível. Seu link continua funcionando: tente novamente em instantes.',
      rateLimited:
        'Muitas tentativas da sua rede agora há pouco. Aguarde um minuto e tente novamente. Seu link continua funcionando.',
      outcomeUnknown: `O serviço perdeu a conexão com o armazenamento durante a revelação, ${UNCERTAIN}`,
      network: `Seu navegador não conseguiu acessar o serviço, ${UNCERTAIN}`,
      failed: 'Não foi possível revelar o segredo. Tente novamente ou peça um novo link ao remetente.',
      undecryptable:
        'Não foi possível descriptografar este segredo. O link pode estar danificado; peça um novo ao remetente.',
    },
  },
  revealed: {
    title: 'Aqui está o seu segredo',
    characters: (n: number) => `${number(n)} ${n === 1 ? 'caractere' : 'caracteres'}`,
    secret: 'Segredo',
    secretHidden: 'Segredo, oculto',
    show: 'Mostrar',
    hide: 'Ocultar',
    copy: 'Copiar segredo',
    clearLater: (seconds: number) => `Limpar a área de transferência após ${seconds} segundos`,
    copyFailed: 'Não foi possível copiar: mostre o segredo e selecione-o.',
    copied: 'Copiado.',
    copiedWillClear: (seconds: number) => `Copiado. A área de transferência será limpa em ${seconds} segundos.`,
    cleared: 'Área de transferência limpa.',
    clearFailed: 'Não foi possível limpar a área de transferência (esta aba não estava ativa); limpe-a manualmente.',
    deleted: 'Este segredo já foi excluído do servidor. Guarde-o em um lugar seguro antes de sair desta página.',
    stillOpens: (n: number) => `Este link ainda pode ser aberto ${moreTimes(n)}.`,
  },
  manage: {
    loading: 'Carregando o comprovante…',
    invalidTitle: 'Este link de gerenciamento está incompleto',
    invalidBody: 'Copie o link de gerenciamento inteiro que você guardou ao compartilhar.',
    missingTitle: 'Nenhum comprovante para este link',
    missingBody:
      'Os comprovantes ficam guardados por um tempo depois que um segredo termina e depois são excluídos. Este não existe mais, ou o link está errado.',
    unavailable: 'O serviço está temporariamente indisponível. Esta página tenta novamente sozinha.',
    title: 'Seu segredo compartilhado',
    opened: 'Aberto',
    viewsUsed: (used: number, max: number) => `${used} de ${max} ${max === 1 ? 'vez' : 'vezes'}`,
    view: (n: number) => `Visualização ${n}`,
    created: 'Criado',
    expires: 'Expira',
    wouldHaveExpired: 'Teria expirado',
    ended: 'Encerrado',
    wrongPasswords: 'Senhas erradas',
    refreshes: 'Esta página se atualiza sozinha. O link de gerenciamento não consegue ler o segredo.',
    revoke: 'Revogar agora',
    revokeFailed: 'Não foi possível revogar. Tente novamente.',
    confirmGroup: 'Confirmar revogação',
    confirmQuestion: 'Destruir este segredo agora? O link vai parar de funcionar para todos.',
    confirm: 'Sim, destruir',
    cancel: 'Cancelar',
  },
  states: {
    active: 'Aguardando',
    viewed: 'Aberto',
    expired: 'Expirado',
    revoked: 'Revogado',
    locked: 'Destruído após senhas erradas',
  },
  history: {
    title: 'Meus links compartilhados',
    localOnly:
      'Esta lista existe só neste navegador e nunca é enviada ao servidor. Se você limpar os dados do navegador, ela se perde: exporte-a para manter um registro. Ela contém links de gerenciamento (status e revogação), nunca um segredo ou a chave dele.',
    filter: 'Filtrar por rótulo ou destinatário',
    exportCsv: 'Exportar CSV',
    exportJson: 'Exportar JSON',
    empty: 'Nada aqui ainda.',
    list: 'Links compartilhados',
    untitled: 'Segredo sem título',
    forRecipient: (recipient: string) => `para ${recipient}`,
    shared: (date: string) => `compartilhado em ${date}`,
    opened: (used: number, max: number) => `aberto ${used} de ${max}`,
    rotateBy: (date: string) => `rotacionar até ${date}`,
    checking: 'verificando…',
    receiptDeleted: 'comprovante excluído',
    unavailable: 'indisponível',
    manage: 'Gerenciar',
    manageEntry: (label: string) => `Gerenciar ${label || 'segredo sem título'}`,
    forget: 'Esquecer',
  },
  offboarding: {
    title: 'Fim da colaboração',
    intro: 'Quando uma colaboração terminar, rotacione todas as credenciais que você compartilhou com essa pessoa.',
    recipient: 'Destinatário',
    choose: 'Escolher…',
    checklist: 'Lista de verificação',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ Rotacionar ',
      credential,
      ` (${status})${rotateBy ? `, até ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'aberto',
      active: 'ativo',
      viewed: 'visualizado',
      expired: 'expirado',
      revoked: 'revogado',
      locked: 'bloqueado',
      unknown: 'desconhecido',
    },
    exportRecord: 'Exportar registro (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Segredo compartilhado em ${date}`,
    forgetEntry: (title: string) => `Esquecer ${title}`,
    forgotten: (title: string) =>
      `“${title}” foi esquecido. O link de gerenciamento dele, a única forma de ver se foi aberto e de revogá-lo, não está mais neste navegador.`,
    undo: 'Desfazer',
    undoFor: (seconds: number) => `Desfazer (${seconds} s)`,
    restored: (title: string) => `“${title}” voltou para a sua lista.`,
    edit: 'Editar',
    editEntry: (title: string) => `Editar as notas de ${title}`,
    editHeading: (title: string) => `Notas de ${title}`,
    save: 'Salvar',
    cancel: 'Cancelar',
    saved: (title: string) => `As notas de ${title} foram salvas.`,
    saveFailed: 'Este navegador não permitiu salvar a alteração.',
    rotateBy: (date: string) => `rotacionar até ${date}`,
    overdue: 'atrasado',
    noRecipient: 'Nenhum destinatário informado',
    rotated: (title: string) => `Rotacionado: ${title}`,
    rotateItem: 'Rotacionar',
    rotateByItem: (date: string) => `até ${date}`,
    progress: (done: number, total: number) => `Rotacionados: ${done} de ${total}`,
    revokeAll: (n: number) => `Revogar todos os que ainda aguardam (${n})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `Revogar ${n === 1 ? `o link para ${recipient} que ainda aguarda` : `os ${n} links para ${recipient} que ainda aguardam`}? ${n === 1 ? 'Ele vai parar' : 'Eles vão parar'} de funcionar para todos imediatamente.`,
    revokeAllConfirm: (n: number) => `Sim, revogar ${n}`,
    revokeAllDone: (n: number) => `${n === 1 ? '1 link revogado' : `${n} links revogados`}.`,
    revokeAllFailed: (n: number) =>
      `${n === 1 ? 'Não foi possível revogar 1 link' : `Não foi possível revogar ${n} links`}. Tente novamente.`,
    revokeAllGroup: 'Confirmar revogação',
  },
  manageGuard: {
    subtitle: 'Seu segredo compartilhado',
    unnamed: 'Um segredo compartilhado',
    notInListTitle: 'Este é o link de gerenciamento particular do remetente',
    notInListBody:
      'Ele não está na lista de links compartilhados deste navegador. Se alguém enviou este link para você, é o link errado: peça o link secreto (ele contém /s#). Esta página não consegue mostrar o segredo, só destruí-lo para todos.',
    iAmSender: 'Eu compartilhei este segredo: quero revogá-lo',
    receipt: 'Comprovante',
    actions: 'Ações',
    revoked: 'Revogado. O link não abre mais para ninguém.',
    aboutTitle: 'Sobre esta página',
    about:
      'Só você deveria ter este link de gerenciamento. Ele mostra se o segredo foi aberto e permite destruí-lo; ele não consegue ler o segredo.',
  },
  site: {
    httpsTitle: 'Esta página precisa de HTTPS',
    httpsBody: (host: string) =>
      `Você abriu o Handoff por http sem criptografia em ${host}. Os navegadores só permitem criptografia e cópia para a área de transferência em https:// (ou neste próprio computador), então criar ou abrir segredos e os botões de copiar falham aqui, e qualquer pessoa na rede poderia alterar esta página. Abra-a com https:// ou peça a quem administra este servidor que o coloque atrás de HTTPS.`,
    noscriptTitle: 'O Handoff precisa de JavaScript',
    noscriptBody:
      'Os segredos são criptografados e descriptografados no seu navegador, então o servidor nunca os vê. Sem JavaScript, nada pode ser criptografado nem revelado, e abrir um link não consome nada. Ative o JavaScript para este site e recarregue a página.',
    notFoundTitle: 'Página não encontrada',
    notFoundBody:
      'Não há nada neste endereço. Um link secreto tem o formato …/s#… e um link de gerenciamento, …/m#…: confira se você copiou o link inteiro.',
    notFoundHome: 'Compartilhar um segredo',
    notFoundHistory: 'Meus links',
  },
  cli: {
    footerLink: 'Linha de comando',
    title: 'Linha de comando',
    intro:
      'Abra um link em um terminal em vez de um navegador. A ferramenta de linha de comando do Handoff é um único arquivo para Node.js 20 ou mais recente: não há nada para instalar, e ela descriptografa no seu computador, assim como o navegador.',
    openHeading: 'Baixe e abra um link',
    openHelp: 'Execute isto em um terminal, na pasta que preferir, com o link que você recebeu no lugar de LINK:',
    command: 'Comando',
    copyCommand: 'Copiar comando',
    historyHint: <T>(dash: T) => [
      'Seu shell guarda os comandos no histórico. Para o link não ficar lá, escreva ',
      dash,
      ' no lugar dele, depois cole o link, pressione Enter e em seguida Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => [
      'Ela também pode enviar segredos e verificar o status deles: ',
      help,
      ' lista todos os comandos.',
    ],
    checkHeading: 'Verifique o arquivo',
    checkHelp: 'O SHA-256 do arquivo que este servidor fornece:',
    hashLabel: 'SHA-256 de handoff.mjs',
    checkHow:
      'Deixe seu computador compará-lo com o arquivo (a primeira linha no Linux, a segunda no macOS); se coincidirem, aparece “handoff.mjs: OK”:',
    checkWindows: <T>(command: T) => ['No Windows (PowerShell), ', command, ' o exibe em letras maiúsculas.'],
    honest:
      'Esta verificação detecta um download danificado ou incompleto. Ela não detecta um servidor desonesto: um servidor que alterasse o arquivo também poderia alterar esta página. Se a sua organização publica o hash em outro lugar, compare com essa cópia.',
    notBuilt: 'A ferramenta de linha de comando não está disponível neste servidor.',
  },
  policy: {
    required: '(obrigatório neste serviço)',
    passwordRequired: 'Este serviço exige uma senha para cada segredo.',
    tooShort: (min: number) => `Neste serviço, a senha deve ter pelo menos ${number(min)} caracteres.`,
    minLength: (min: number) => `Pelo menos ${number(min)} caracteres.`,
    violation: 'A política deste serviço não permite essa opção. Recarregue a página para ver o que é permitido.',
  },
  brand: {
    imprint: 'Informações legais',
    privacy: 'Privacidade',
    support: 'Suporte',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Grande demais: ${size}; o limite é ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Seu link secreto está pronto. Ele abre ${views === 1 ? 'uma vez' : `${views} vezes`} e expira em ${date}.`,
    shareLinkHint: 'Envie este link ao destinatário.',
    share: 'Compartilhar',
    shareFailed: 'Não foi possível compartilhar: copie o link',
    passwordTitle: 'Senha',
    passwordLabel: 'Senha deste link',
    showPassword: 'Mostrar',
    hidePassword: 'Ocultar',
    copyPassword: 'Copiar senha',
    passwordReminder:
      'Envie a senha por um canal diferente do link (uma ligação, um SMS ou o Signal). Ela só aparece aqui, até você sair desta página: não está no link nem em Meus links, e nunca foi enviada ao servidor.',
    forYouOnly: 'Só para você',
    copyManageLink: 'Copiar link de gerenciamento',
    manageTitle: 'Seu link de gerenciamento',
    showDetails: 'Mostrar detalhes',
    hideDetails: 'Ocultar detalhes',
  },
  notify: {
    toggle: 'Avisar quando for aberto',
    destinationLabel: 'Endereço de e-mail ou URL de webhook',
    hint: 'Enviamos só uma referência curta, o evento e o horário: nunca o link nem o conteúdo. Este servidor só aceita os endereços e hosts de webhook que o administrador dele permite.',
    reference: (ref: string) => `Referência: ${ref}`,
    referenceHint: 'As notificações sobre este link trazem esta referência.',
    alertsOn: 'Avisar aqui',
    alertsEnabled: 'Alertas ativados: enquanto ficar aberta, esta página avisa quando o link mudar.',
    alertsBlocked: 'Este navegador não permite notificações para este site.',
    refused: 'Este servidor não envia notificações para esse endereço ou host. Confira ou desmarque a caixa.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Seu link'}: ${state}`,
    toggleAnswered: 'Avisar quando for respondida',
    historyAlertsOn: 'Avisar aqui quando um link mudar',
    historyAlertsEnabled: 'Alertas ativados: enquanto ficar aberta, esta página avisa quando um destes links mudar.',
  },
  request: {
    nav: 'Solicitar',
    title: 'Solicitar um segredo',
    intro:
      'Peça a alguém uma senha, uma chave de API ou um arquivo. A pessoa responde por um link; o navegador dela criptografa a resposta para que só você possa abri-la, não o servidor.',
    noteLabel: 'Nota para a pessoa a quem você pede',
    notePlaceholder: 'Por favor, envie a senha do banco de dados de homologação do projeto Falcon.',
    noteHint: 'Criptografada neste navegador; só quem tiver o link da solicitação pode lê-la.',
    noteTooLong: (bytes: number, limit: number) => `Longa demais: ${number(bytes)} bytes; o limite é ${number(limit)}.`,
    openLabel: 'A solicitação fica aberta por',
    keepLabel: 'Guardar a resposta por',
    viewsLabel: 'A resposta pode ser aberta',
    duration: {
      300: '5 minutos',
      3600: '1 hora',
      86400: '1 dia',
      604800: '7 dias',
      2592000: '30 dias',
    },
    keepSummary: 'Guardar uma nota particular neste navegador (opcional)',
    keepIntro: 'Salva apenas em Meus links neste navegador, com o status da solicitação; nunca o link do proprietário.',
    labelLabel: 'Rótulo',
    labelPlaceholder: 'Senha do BD de homologação, projeto Falcon',
    fromLabel: 'Solicitado a',
    fromPlaceholder: 'Dana (terceirizada)',
    submit: 'Criar solicitação',
    creating: 'Criando…',
    errors: {
      network: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
      rateLimited: 'Muitas solicitações foram criadas daqui agora há pouco. Aguarde um minuto e tente novamente.',
      unavailable: 'O serviço está temporariamente indisponível. Tente novamente em instantes.',
      failed: 'Não foi possível criar a solicitação. Tente novamente.',
      encryptionFailed: 'Seu navegador não conseguiu criptografar a nota. Nada foi enviado.',
    },
    createdTitle: 'Sua solicitação está pronta',
    requestLink: 'Link da solicitação: envie para a pessoa a quem você pede',
    copyRequestLink: 'Copiar link da solicitação',
    openUntil: (date: string) => `A solicitação aceita uma resposta até ${date}.`,
    ownerLink: 'Link do proprietário: guarde só para você',
    copyOwnerLink: 'Copiar link do proprietário',
    saveOwnerLink: 'Salvar como arquivo',
    ownerWarning:
      'Só o link do proprietário abre a resposta. Ele não fica salvo em lugar nenhum, nem mesmo neste navegador: copie-o agora para o seu gerenciador de senhas ou salve-o como arquivo. Sem ele, a resposta não pode ser lida.',
    ownerFile: (link: string, date: string) =>
      `Link do proprietário do Handoff: ele abre a resposta à sua solicitação. Mantenha-o em sigilo.\n\n${link}\n\nA solicitação aceita uma resposta até ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'O status da solicitação (não o link do proprietário) também fica guardado em ',
      myLinks,
      '.',
    ],
    myLinks: 'Meus links',
    another: 'Solicitar outro segredo',
    checking: 'Verificando a solicitação…',
    askedTitle: 'Alguém está pedindo um segredo a você',
    noteFrom: 'Nota da pessoa',
    noNote: 'Nenhuma nota foi escrita.',
    origin: (origin: string) =>
      `Sua resposta vai para ${origin}, criptografada neste navegador para que só quem fez a solicitação possa lê-la.`,
    openUntilResponder: (date: string) => `A solicitação aceita uma resposta até ${date}.`,
    answerLabel: 'Sua resposta',
    answerPlaceholder: 'A senha, a chave ou o arquivo .env que pediram',
    answerSubmit: 'Criptografar e enviar',
    sending: 'Criptografando e enviando…',
    answeredTitle: 'Sua resposta foi enviada',
    answeredAt: (time: string) =>
      `Enviada em ${time}. Só quem fez a solicitação pode abri-la; você não consegue lê-la de novo.`,
    confirmationLabel: 'Código de confirmação',
    confirmationHint:
      'Quem fez a solicitação vê o mesmo código ao abrir a resposta. Compare-o por telefone se quiser ter certeza de que a resposta lida é a sua.',
    closedTitle: 'Esta solicitação não aceita mais respostas',
    closedBody: 'Ela já foi respondida ou revogada. Se precisar, peça um novo link de solicitação a quem a fez.',
    goneTitle: 'Esta solicitação expirou ou não existe',
    goneBody: 'Peça um novo link de solicitação a quem a fez.',
    tamperedTitle: 'Não foi possível verificar esta solicitação',
    tamperedBody:
      'O que o servidor enviou não corresponde a este link, então nada foi criptografado nem enviado. Peça um novo link de solicitação a quem a fez.',
    invalidTitle: 'Este link de solicitação está incompleto',
    invalidAdvice:
      'Copie o link inteiro da mensagem que você recebeu ou peça a quem fez a solicitação que o envie novamente.',
    unavailable:
      'O serviço está temporariamente indisponível. Seu link continua funcionando: recarregue esta página em instantes.',
    answerErrors: {
      network: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
      rateLimited: 'Muitas respostas foram enviadas daqui agora há pouco. Aguarde um minuto e tente novamente.',
      unavailable: 'O serviço está temporariamente indisponível. Tente novamente em instantes.',
      failed: 'Não foi possível enviar a resposta. Tente novamente.',
      encryptionFailed: 'Seu navegador não conseguiu criptografar a resposta. Nada foi enviado.',
      uploadFailed:
        'Não foi possível enviar os arquivos, então a resposta não foi entregue. Tente novamente: a solicitação reabre quando o envio que falhou expirar.',
      closed: 'Alguém respondeu primeiro, ou a solicitação foi revogada. Sua resposta não foi aceita.',
    },
    ownerTitle: 'Sua solicitação',
    loadingOwner: 'Verificando sua solicitação…',
    stateLabel: 'Status',
    waitingBody: 'Ainda não há resposta. Esta página verifica de novo sozinha.',
    uploadingBody: 'Uma resposta com arquivos está chegando. Esta página verifica de novo sozinha.',
    answeredBody: (time: string) => `Respondida em ${time}.`,
    revokedBody: 'Você revogou esta solicitação. A resposta dela, se havia uma, foi excluída.',
    created: 'Criada',
    openUntilLabel: 'Aceita uma resposta até',
    reveal: 'Revelar resposta',
    revealing: 'Revelando…',
    revealHint: 'Revelar consome uma visualização da resposta; após a última, ela é excluída do servidor.',
    confirmationSeen: (code: string) => `Código de confirmação: ${code}. A pessoa que respondeu viu o mesmo código.`,
    ownerGoneTitle: 'Esta resposta já foi lida ou expirou',
    ownerGoneBody:
      'A solicitação e a resposta não estão mais no servidor: foram lidas até a última visualização, revogadas ou expiraram. Se não foi você quem leu, outra pessoa com o link do proprietário pode ter lido.',
    ownerInvalidTitle: 'Este link do proprietário está incompleto',
    ownerInvalidBody:
      'Use o link do proprietário inteiro que você guardou (ou o arquivo que salvou) ao criar a solicitação.',
    undecryptable:
      'Não foi possível descriptografar a resposta: ela não foi criptografada para esta solicitação. A visualização dela já foi consumida; peça o segredo novamente.',
    revealFailed: 'Não foi possível revelar a resposta. Tente novamente.',
    revoke: 'Revogar solicitação',
    revokeQuestion:
      'Encerrar esta solicitação e excluir a resposta, se houver? Depois disso, ninguém poderá respondê-la nem lê-la.',
    revokeConfirm: 'Sim, revogar',
    revokeCancel: 'Cancelar',
    revokeGroup: 'Confirmar revogação da solicitação',
    revokeFailed: 'Não foi possível revogar. Tente novamente.',
    states: {
      open: 'Aguardando resposta',
      uploading: 'Resposta chegando',
      answered: 'Respondida',
      revoked: 'Revogada',
    },
    answerRead: 'Resposta lida',
    ended: 'Encerrada',
    listTitle: 'Solicitações',
    listHint:
      'Solicitações que você fez neste navegador. Aqui fica só o status delas, não o link do proprietário que lê a resposta.',
    untitled: 'Solicitação sem título',
    from: (who: string) => `de ${who}`,
    asked: (date: string) => `solicitada em ${date}`,
    revokeEntry: (label: string) => `Revogar solicitação: ${label || 'solicitação sem título'}`,
    received: 'Recebido',
    receivedLine: <T>(credential: T, status: string) => ['☐ Rotacionar ', credential, `, recebido (${status})`],
  },
  ending: {
    badge: {
      ready: 'Pronto para abrir',
      ended: 'Encerrado',
      revealed: 'Aberto',
    },
    viewedTitle: 'Este segredo já foi aberto',
    viewedBody: (date: string) =>
      `Todas as visualizações permitidas foram usadas; a última em ${date}. O segredo foi excluído do servidor.`,
    expiredTitle: 'Este link expirou',
    expiredBody: (date: string) => `Ninguém o abriu a tempo: ele expirou em ${date} e foi excluído sem ser lido.`,
    revokedTitle: 'O remetente retirou este segredo',
    revokedBody: (date: string) => `O remetente o excluiu em ${date}, antes que fosse aberto pela última vez.`,
    lockedTitle: 'Este segredo foi destruído após senhas erradas',
    lockedBody: (date: string) => `Foram tentadas senhas erradas demais; ele foi excluído em ${date}.`,
    unknownTitle: 'Este link não abre mais',
    unknownBody:
      'Ele já foi aberto, expirou ou foi retirado pelo remetente, ou o link está errado. Para este link, o servidor não informa qual desses casos é.',
    tellSender:
      'Se não foi você quem o abriu, avise o remetente: outra pessoa pode ter visto o segredo, e ele deve ser trocado.',
    nextTitle: 'O que fazer agora',
    nextAsk: 'Peça ao remetente que o compartilhe novamente com um novo link.',
    nextNoReply: 'Não responda com o segredo nem com nenhuma parte dele.',
    revisitedTitle: 'Você já revelou este segredo nesta aba',
    revisitedBody: (n: number) =>
      `A chave foi removida da barra de endereços quando você o revelou, então esta página não consegue mostrá-lo de novo. O link ainda pode ser aberto ${moreTimes(n)}: abra de novo o link que você recebeu, inteiro, para ver o segredo.`,
    tooLongTitle: 'Este link tem caracteres a mais no final',
    tooLongBody:
      'Algo, muitas vezes um app de chat, acrescentou caracteres depois da chave, e sem eles nenhum segredo corresponde ao link. Copie exatamente o link que você recebeu ou peça ao remetente que o envie novamente.',
    trimmed: 'Os caracteres que um app de chat acrescentou depois da chave foram removidos.',
    ownLink:
      'Este é um link que você compartilhou neste navegador (ele está em Meus links). Revelá-lo aqui consome uma das visualizações dele: o destinatário pode não conseguir mais abri-lo.',
    files: (count: number, size: string) => `${count === 1 ? '1 arquivo' : `${count} arquivos`}, ${size} no total`,
    filesBefore: (size: string) => `Contém arquivos, no máximo ${size}.`,
  },
  auth: {
    signIn: 'Entrar',
    signOut: 'Sair',
    signedInAs: (user: string) => `Conectado como ${user}`,
    settings: 'Tokens de API',
    checking: 'Verificando quem é você…',
    requiredTitle: 'Entre para compartilhar',
    requiredOidc:
      'Neste servidor, só membros da equipe que fizeram login podem criar links. Abrir um link nunca exige uma conta.',
    requiredProxy:
      'Neste servidor, só membros da equipe que fizeram login podem criar links. Abra esta página pela página de ' +
      'login da sua empresa. Abrir um link nunca exige uma conta.',
    unavailable: 'Não foi possível verificar se você fez login. Recarregue a página para tentar novamente.',
    pageTitle: 'Entrar',
    errors: {
      provider: 'O serviço de login está inacessível no momento. Nada foi perdido: tente novamente em alguns minutos.',
      denied: 'Esta conta não tem permissão para criar links aqui. Peça acesso ao seu administrador.',
      failed: 'O login não foi concluído (pode ter demorado demais). Tente novamente.',
    },
    tryAgain: 'Tentar novamente',
    tokensTitle: 'Tokens de API pessoais',
    tokensIntro:
      'Os tokens permitem que a ferramenta de linha de comando handoff e suas automações criem links em seu nome. ' +
      'Um token é exibido uma única vez; o servidor guarda só um hash dele. Revogue cada token assim que não ' +
      'precisar mais dele.',
    tokenName: 'Nome do token',
    tokenNamePlaceholder: 'pipeline de implantação',
    createToken: 'Criar token',
    newTokenTitle: 'Seu novo token',
    newTokenHint: 'Copie-o agora: ele não será exibido de novo. Use-o como HANDOFF_TOKEN ou com --token-file.',
    noTokens: 'Nenhum token ainda.',
    created: (when: string) => `Criado em ${when}`,
    lastUsed: (when: string | null) => (when ? `Último uso em ${when}` : 'Nunca usado'),
    revoke: 'Revogar',
    revoked: 'Token revogado.',
    failed: 'Não deu certo. Tente novamente.',
    signInForTokens: 'Entre para gerenciar seus tokens de API.',
  },
};
