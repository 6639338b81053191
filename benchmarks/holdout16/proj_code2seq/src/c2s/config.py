from typing import NamedTuple, TYPE_CHECKING

if TYPE_CHECKING:
    from c2s.models.code2seq import Code2Seq


class Config(NamedTuple):
    n_tokens: int = 30
    n_nodes: int = 12
    n_targets: int = 10
    emb: int = 6
    hid: int = 6
    lr: float = 1e-3


CONFIG = Config()
_MODEL: "Code2Seq | None" = None


def get_model() -> "Code2Seq":
    global _MODEL
    if _MODEL is None:
        from c2s.models.code2seq import Code2Seq
        _MODEL = Code2Seq(CONFIG)
    return _MODEL
