# expect: crash
"""PyTorch-Tabular-like workflow: fit, evaluate, then continue fitting on new data."""
import torch

from tabseq import ModelConfig, TabularModel, TrainerConfig

torch.manual_seed(62)
x, y = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
tm = TabularModel.from_config(ModelConfig(rnn_type="lstm"), TrainerConfig())
tm.fit(x, y)
print(tm.evaluate(x, y))
x_new, y_new = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
tm.fit(torch.cat([x, x_new]), torch.cat([y, y_new]))
print(tm.evaluate(x_new, y_new))
