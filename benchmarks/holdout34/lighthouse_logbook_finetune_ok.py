# expect: clean
"""Fine-tune a logbook-entry classifier restored by a `load_for_inference` factory.

Same as the crash variant except the adaptation loop remembers to put the model back
into training mode before it starts.
"""
import io
import logging

import torch
import torch.nn as nn

log = logging.getLogger("logbook")
logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")

N_FEAT, HIDDEN, N_CLASSES = 6, 12, 3


class LogbookTagger(nn.Module):
    def __init__(self, n_feat=N_FEAT, hidden=HIDDEN, n_classes=N_CLASSES):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(h[:, -1])


def load_for_inference(buf):
    model = LogbookTagger()
    model.load_state_dict(torch.load(buf))
    model.eval()
    return model


def station_batches(n=4, batch=4, steps=7):
    g = torch.Generator().manual_seed(3)
    for _ in range(n):
        yield torch.randn(batch, steps, N_FEAT, generator=g), torch.randint(0, N_CLASSES, (batch,), generator=g)


@torch.no_grad()
def score(model):
    correct = 0
    for x, y in station_batches(n=2):
        correct += (model(x).argmax(-1) == y).sum().item()
    return correct


def adapt(model, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    crit = nn.CrossEntropyLoss()
    log.info("before: %d correct", score(model))
    for epoch in range(epochs):
        model.train()
        total = 0.0
        for x, y in station_batches():
            opt.zero_grad()
            loss = crit(model(x), y)
            loss.backward()
            opt.step()
            total += loss.item()
        model.eval()
        log.info("epoch %d loss %.3f, %d correct", epoch, total, score(model))


def main():
    torch.manual_seed(0)
    buf = io.BytesIO()
    torch.save(LogbookTagger().state_dict(), buf)
    buf.seek(0)
    adapt(load_for_inference(buf))
    log.info("done")


if __name__ == "__main__":
    main()
