# expect: crash
"""texar-pytorch style Executor: a seq2seq GRU model, `train_metrics`/`valid_metrics`, and hooks registered by
condition ("every 2 iterations: validate"). The executor calls model.train() once when train() starts; the
validation hook puts the model in eval and the loop carries on."""
import torch
from executor import Executor, cond
from executor.hooks import validate_hook, log_hook
from model import Seq2Seq

model = Seq2Seq(vocab=16)
train_data = [(torch.randint(0, 16, (4, 5)), torch.randint(0, 16, (4, 5))) for _ in range(4)]
valid_data = train_data[:2]

executor = Executor(
    model=model,
    train_data=train_data,
    valid_data=valid_data,
    optimizer={"type": torch.optim.Adam, "kwargs": {"lr": 1e-3}},
    max_epochs=2,
)
executor.on(cond.iteration(2), validate_hook)
executor.on(cond.iteration(1), log_hook)
executor.train()
