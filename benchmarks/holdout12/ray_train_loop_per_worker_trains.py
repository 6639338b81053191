# expect: clean
"""Ray Train shape without Ray: a `train_loop_per_worker(config)` function handed to a TorchTrainer-like runner
that injects the config and collects `report()`ed metrics. Inside, the model is prepared by a `prepare_model`
helper, validated each epoch by `validate_epoch()`; train_epoch() begins with model.train(), as the Ray docs' loop does."""
import torch
import torch.nn as nn

_REPORTS = []


def report(metrics):
    _REPORTS.append(metrics)


def prepare_model(model):
    # DDP wrapping is a no-op on a single CPU worker
    return model


class TorchTrainer:
    def __init__(self, train_loop_per_worker, train_loop_config, scaling_config=None):
        self.fn, self.config = train_loop_per_worker, train_loop_config

    def fit(self):
        self.fn(self.config)
        return _REPORTS[-1]


class BiGRUClassifier(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0].mean(1))


def train_epoch(loader, model, loss_fn, optimizer):
    model.train()
    for X, y in loader:
        loss = loss_fn(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def validate_epoch(loader, model, loss_fn):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for X, y in loader:
            total += loss_fn(model(X), y).item()
    return {"loss": total / len(loader)}


def train_loop_per_worker(config):
    g = torch.Generator().manual_seed(0)
    train_loader = [(torch.randn(4, 6, 4, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(3)]
    val_loader = train_loader[:1]
    model = prepare_model(BiGRUClassifier(config["hidden"]))
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=config["lr"])
    for epoch in range(config["epochs"]):
        train_epoch(train_loader, model, loss_fn, optimizer)
        report(validate_epoch(val_loader, model, loss_fn))


if __name__ == "__main__":
    trainer = TorchTrainer(train_loop_per_worker, train_loop_config={"lr": 1e-2, "epochs": 2, "hidden": 8})
    print(trainer.fit())
