# expect: crash
"""Fine-tune a logbook-entry classifier restored by a `load_for_inference` factory.

Lighthouse keepers wrote hourly entries (wind, visibility, lamp state).  We restore a
pretrained GRU tagger and adapt it to a new station's handwriting-derived features.
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


def save_pretrained(model):
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    buf.seek(0)
    return buf


def load_for_inference(buf):
    model = LogbookTagger()
    model.load_state_dict(torch.load(buf))
    model.eval()
    return model


def station_batches(n=4, batch=4, steps=7):
    g = torch.Generator().manual_seed(3)
    for _ in range(n):
        yield torch.randn(batch, steps, N_FEAT, generator=g), torch.randint(0, N_CLASSES, (batch,), generator=g)


def adapt(model, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    crit = nn.CrossEntropyLoss()
    for epoch in range(epochs):
        total = 0.0
        for x, y in station_batches():
            opt.zero_grad()
            loss = crit(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            total += loss.item()
        log.info("epoch %d loss %.3f", epoch, total)


def main():
    torch.manual_seed(0)
    buf = save_pretrained(LogbookTagger())
    model = load_for_inference(buf)
    adapt(model)
    log.info("done")


if __name__ == "__main__":
    main()
