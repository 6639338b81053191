"""Hyperparameters as one object built from keyword constants, overridable by a "name=value,..." string."""


class HParams:
    def __init__(self, **values):
        self.__dict__.update(values)

    def parse(self, overrides):
        for item in filter(None, overrides.split(",")):
            name, value = item.split("=")
            setattr(self, name, type(getattr(self, name))(value))
        return self


def create_hparams(overrides=None):
    hparams = HParams(
        epochs=2,
        iters_per_checkpoint=2,
        learning_rate=1e-3,
        cudnn_enabled=False,
        cudnn_benchmark=False,
        n_symbols=12,
        embedding_dim=8,
    )
    if overrides:
        hparams.parse(overrides)
    return hparams
