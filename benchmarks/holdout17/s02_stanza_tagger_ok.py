# expect: clean
"""POS tagger in the style of a Stanford/Stanza-like Trainer: update() / predict() / save()."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class Tagger(nn.Module):
    def __init__(self, vocab=20, tags=5, emb=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.taggerlstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.upos_clf = nn.Linear(2 * hidden, tags)

    def forward(self, words):
        h, _ = self.taggerlstm(self.emb(words))
        return self.upos_clf(h)


class Trainer:
    def __init__(self, args):
        self.args = args
        self.model = Tagger()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=args["lr"])
        self.crit = nn.CrossEntropyLoss()

    def update(self, batch, eval=False):
        words, upos = batch
        if eval:
            self.model.eval()
        else:
            self.model.train()
            self.optimizer.zero_grad()
        logits = self.model(words)
        loss = self.crit(logits.reshape(-1, logits.size(-1)), upos.reshape(-1))
        loss_val = loss.item()
        if eval:
            return loss_val
        loss.backward()
        self.optimizer.step()
        return loss_val

    def predict(self, batch):
        words, _ = batch
        self.model.eval()
        with torch.no_grad():
            return self.model(words).argmax(-1)


def batches(n):
    for _ in range(n):
        yield torch.randint(0, 20, (4, 6)), torch.randint(0, 5, (4, 6))


def main():
    trainer = Trainer({"lr": 1e-2})
    dev = list(batches(2))
    for step, b in enumerate(batches(6)):
        loss = trainer.update(b)
        if step % 3 == 2:
            dev_loss = sum(trainer.update(d, eval=True) for d in dev)
            preds = [trainer.predict(d) for d in dev]
            print(step, round(loss, 3), round(dev_loss, 3), len(preds))
    print("done")


if __name__ == "__main__":
    main()
