# expect: crash
# pytorch-tabular style: TabularModel.fit owns the model (built from a string name); an epoch-end callback
# calls tabular_model.predict(), which leaves the model in eval for the next epoch.
import torch

from callbacks import log_validation_mse
from tabular import ModelConfig, TabularModel, TrainerConfig


def windows(n, seed):
    g = torch.Generator().manual_seed(seed)
    xs = [torch.randn(8, 5, 4, generator=g) for _ in range(n)]
    return [(x, x[:, -1, :1]) for x in xs]


if __name__ == "__main__":
    tm = TabularModel(ModelConfig(name="gru"), TrainerConfig(max_epochs=2, callbacks=[log_validation_mse]))
    val = windows(1, 7)[0]
    tm.fit(windows(3, 0), validation=val)
    print(tm.predict(val[0]).shape)
