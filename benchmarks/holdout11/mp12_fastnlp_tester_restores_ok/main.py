# expect: clean
# fastNLP tutorial shape: Trainer and Tester share one model; Trainer.train() sets train mode once and runs the
# Tester every `validate_every` steps in the middle of an epoch. Tester.test() (core/tester.py) puts the mode it
# found back, so the next training step is in train mode.
import torch
import torch.nn as nn

from core import AccuracyMetric, Trainer


class CNNText(nn.Module):
    """Named like fastNLP's model zoo entry, but the encoder is a BiLSTM here."""

    def __init__(self, vocab=60, embed_dim=12, num_classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed_dim)
        self.lstm = nn.LSTM(embed_dim, embed_dim, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * embed_dim, num_classes)

    def forward(self, words):
        return {"pred": self.fc(self.lstm(self.embed(words))[0].mean(1))}


def dataset(n, bs=4):
    return [({"words": torch.randint(0, 60, (bs, 9))}, {"target": torch.randint(0, 3, (bs,))}) for _ in range(n)]


torch.manual_seed(0)
model = CNNText()
trainer = Trainer(dataset(3), model, torch.optim.Adam(model.parameters(), 1e-3), nn.CrossEntropyLoss(),
                  [AccuracyMetric()], dev_data=dataset(1), n_epochs=2, validate_every=2)
print(trainer.train())
print("done")
