# expect: clean
"""Sacred-style experiment (a tiny local stand-in for `sacred.Experiment`: @ex.config, @ex.capture config injection,
@ex.automain). The pretrained model object is restored with torch.load from an in-memory 'artifact' that was saved
right after its final evaluation; the captured fine_tune() puts it back in train mode first."""
import functools
import inspect
import io

import torch
import torch.nn as nn


class Experiment:
    def __init__(self, name):
        self.name, self.config, self._main = name, {}, None

    def config_scope(self, fn):
        self.config.update(fn())
        return fn

    def capture(self, fn):
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind_partial(*args, **kwargs)
            for name in sig.parameters:
                if name not in bound.arguments and name in self.config:
                    kwargs[name] = self.config[name]
            return fn(*args, **kwargs)
        return wrapper

    def automain(self, fn):
        if fn.__module__ == "__main__":
            print(f"Running command '{fn.__name__}' of {self.name}")
            self.capture(fn)()
        return fn


ex = Experiment("sentiment_finetune")


@ex.config_scope
def cfg():
    return {"hidden": 12, "lr": 5e-4, "epochs": 2, "seed": 0}


class LSTMClassifier(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.emb = nn.Embedding(40, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, ids):
        return self.fc(self.lstm(self.emb(ids))[0][:, -1])


@ex.capture
def pretrain_artifact(hidden, seed):
    torch.manual_seed(seed)
    model = LSTMClassifier(hidden)
    model.eval()
    with torch.no_grad():
        model(torch.randint(0, 40, (2, 5)))  # final evaluation before export
    buf = io.BytesIO()
    torch.save(model, buf)
    return buf.getvalue()


@ex.capture
def fine_tune(model, data, lr, epochs):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for epoch in range(epochs):
        for ids, y in data:
            loss = nn.functional.cross_entropy(model(ids), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", epoch, loss.item())


@ex.automain
def main(seed):
    model = torch.load(io.BytesIO(pretrain_artifact()), weights_only=False)
    g = torch.Generator().manual_seed(seed)
    data = [(torch.randint(0, 40, (4, 6), generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(2)]
    fine_tune(model, data)
