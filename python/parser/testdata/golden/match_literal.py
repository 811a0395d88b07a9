match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0 + 0j:
        pass
    case "string":
        pass
    case "implicitly" "concatenated":
        pass
    case b"bytes":
        pass
    case r"raw" u"":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case 0x1F | 0o7 | 0b1:
        pass
    case -0:
        pass
