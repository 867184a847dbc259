import type { CoreMessages } from './en';
import { number, pct } from '../helpers/pt-br';

/*
 * The Brazilian Portuguese catalogue. Typed like English's catalogue: a key missing here, or
 * one English does not have, is a type error. "Você" throughout, as Brazilian
 * software speaks; "segredo" for secret, "link" for link, "revelar" for reveal,
 * "link de gerenciamento" for the manage link, "solicitação" for a request,
 * "revogar" and "rotacionar" for revoke and rotate, "remetente" and
 * "destinatário" for sender and recipient, "senha" for password.
 */

const moreTimes = (n: number) => (n === 1 ? 'mais 1 vez' : `mais ${n} vezes`);
const UNCERTAIN =
  'então não é possível saber se esta visualização foi consumida. Tente novamente; se o link disser que já foi aberto, peça um novo ao remetente.';

export const core: CoreMessages = {
  header: {
    navigation: 'Principal',
    share: 'Compartilhar',
    myLinks: 'Meus links',
    request: 'Solicitar',
  },
  footer: {
    keyStaysInLink:
      'A chave de cada segredo fica no link, depois do #, uma parte que os navegadores nunca enviam a nenhum servidor. O servidor guarda apenas texto criptografado e o exclui após a última visualização permitida.',
    cli: 'Linha de comando',
  },
  language: {
    label: 'Idioma',
  },
  copy: {
    copy: 'Copiar',
    copied: 'Copiado',
    failed: 'Não foi possível copiar: selecione o texto e copie',
  },
  files: {
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
  site: {
    httpsTitle: 'Esta página precisa de HTTPS',
    httpsBody: (host: string) =>
      `Você abriu o Handoff por http sem criptografia em ${host}. Os navegadores só permitem criptografia e cópia para a área de transferência em https:// (ou neste próprio computador), então criar ou abrir segredos e os botões de copiar falham aqui, e qualquer pessoa na rede poderia alterar esta página. Abra-a com https:// ou peça a quem administra este servidor que o coloque atrás de HTTPS.`,
  },
  brand: {
    imprint: 'Informações legais',
    privacy: 'Privacidade',
    support: 'Suporte',
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
};
