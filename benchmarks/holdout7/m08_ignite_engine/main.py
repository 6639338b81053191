# expect: crash
import torch

from engine import Engine, Events, create_supervised_evaluator
from models import SentimentGRU
from steps import make_update_fn


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randint(0, 30, (4, 7), generator=g)
        out.append((x, (x[:, 0] > 15).long()))
    return out


torch.manual_seed(0)
model = SentimentGRU()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", enabled=False)
trainer = Engine(make_update_fn(model, optimizer, torch.nn.functional.cross_entropy, scaler))
evaluator = create_supervised_evaluator(
    model, metrics={"accuracy": lambda p, y: (p.argmax(1) == y).float().mean().item()})
val_loader = loader(2, seed=2)


@trainer.on(Events.STARTED)
def start(engine):
    model.train()


@trainer.on(Events.EPOCH_COMPLETED)
def log_validation_results(engine):
    evaluator.run(val_loader)
    print(f"Validation Results - Epoch: {engine.state.epoch}  Avg accuracy: {evaluator.state.metrics['accuracy']:.2f}")


trainer.run(loader(3, seed=1), max_epochs=2)
