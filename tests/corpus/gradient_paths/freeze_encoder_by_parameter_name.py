# expect: crash
"""A sentiment head on a frozen pretrained encoder (the BERT+GRU tutorial's shape): the loop over
named_parameters() freezes only the parameters whose names start with "bert", so the GRU on top keeps
its weights trainable and its backward runs; evaluate() leaves it in eval mode for the next epoch."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)

    def forward(self, text):
        return (self.emb(text),)


class EncoderGRUSentiment(nn.Module):
    def __init__(self, bert, hidden_dim):
        super().__init__()
        self.bert = bert
        self.rnn = nn.GRU(8, hidden_dim, num_layers=2, bidirectional=True, batch_first=True)
        self.out = nn.Linear(hidden_dim * 2, 1)

    def forward(self, text):
        with torch.no_grad():
            embedded = self.bert(text)[0]
        _, hidden = self.rnn(embedded)
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        return self.out(hidden)


model = EncoderGRUSentiment(Encoder(), 6)
for name, param in model.named_parameters():
    if name.startswith('bert'):
        param.requires_grad = False
optimizer = torch.optim.Adam(model.parameters())
criterion = nn.BCEWithLogitsLoss()


def train(model, batches):
    for text, label in batches:
        optimizer.zero_grad()
        predictions = model(text).squeeze(1)
        loss = criterion(predictions, label)
        loss.backward()  # TM001-here
        optimizer.step()


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        for text, label in batches:
            model(text)


batches = [(torch.randint(0, 20, (4, 5)), torch.rand(4)) for _ in range(2)]
for epoch in range(2):
    train(model, batches)
    evaluate(model, batches)
