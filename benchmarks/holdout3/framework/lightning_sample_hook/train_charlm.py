# expect: crash
# category: framework
"""Character language model as a LightningModule that prints a generated sample at every epoch start."""
import torch
from torch import nn

from lite import LightningModule, Trainer

torch.manual_seed(2)
CHARS = "abcdefghij "
V = len(CHARS)


class CharLM(LightningModule):
    def __init__(self, hidden=16):
        super().__init__()
        self.save_hyperparameters = {"hidden": hidden}
        self.emb = nn.Embedding(V, 8)
        self.rnn = nn.LSTM(8, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.proj = nn.Linear(hidden, V)

    def forward(self, ids, state=None):
        out, state = self.rnn(self.emb(ids), state)
        return self.proj(out), state

    def training_step(self, batch, batch_idx):
        ids = batch
        logits, _ = self(ids[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, V), ids[:, 1:].reshape(-1))
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        logits, _ = self(batch[:, :-1])
        self.log("val_loss", nn.functional.cross_entropy(logits.reshape(-1, V), batch[:, 1:].reshape(-1)))

    def sample(self, length=12):
        self.eval()
        ids, state, text = torch.zeros(1, 1, dtype=torch.long), None, []
        with torch.no_grad():
            for _ in range(length):
                logits, state = self(ids, state)
                ids = torch.multinomial(logits[:, -1].softmax(-1), 1)
                text.append(CHARS[ids.item()])
        return "".join(text)

    def on_train_epoch_start(self):
        print(f"epoch {self.current_epoch} sample: {self.sample()!r}")


def loader(n):
    return [torch.randint(0, V, (4, 10)) for _ in range(n)]


if __name__ == "__main__":
    model = CharLM()
    trainer = Trainer(max_epochs=2, limit_train_batches=3)
    trainer.fit(model, loader(3), loader(2))
    print(model.logged)
