# expect: clean
"""awd-lstm-lm finetune.py shape: load a saved model, evaluate, then ASGD fine-tuning with train() at the top."""
import io
import torch
import torch.nn as nn

ntokens = 25
train_data = torch.randint(0, ntokens, (31, 3))
val_data = torch.randint(0, ntokens, (16, 3))
BPTT = 5


class RNNModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Embedding(ntokens, 8)
        self.rnn = nn.LSTM(8, 10)
        self.decoder = nn.Linear(10, ntokens)

    def forward(self, x, hidden=None):
        out, hidden = self.rnn(self.encoder(x), hidden)
        return self.decoder(out), hidden


buf = io.BytesIO()
torch.save(RNNModel().eval(), buf)
buf.seek(0)
model = torch.load(buf, weights_only=False)   # the whole model, saved in eval mode
criterion = nn.CrossEntropyLoss()


def evaluate(data_source):
    model.eval()
    with torch.no_grad():
        out, _ = model(data_source[:-1])
        return criterion(out.view(-1, ntokens), data_source[1:].reshape(-1)).item()


def train():
    model.train()
    hidden = None
    for i in range(0, train_data.size(0) - 1, BPTT):
        data, targets = train_data[i:i + BPTT], train_data[i + 1:i + 1 + BPTT]
        data = data[: len(targets)]
        if hidden is not None:
            hidden = tuple(h.detach() for h in hidden)
        optimizer.zero_grad()
        output, hidden = model(data, hidden)
        loss = criterion(output.view(-1, ntokens), targets.reshape(-1))
        loss.backward()
        optimizer.step()


optimizer = torch.optim.ASGD(model.parameters(), lr=0.5, t0=0, lambd=0.0)
print("start val", evaluate(val_data))
for epoch in range(2):
    train()
    tmp = {p: p.data.clone() for p in model.parameters()}
    for p in model.parameters():
        p.data = optimizer.state[p]["ax"].clone()
    print(epoch, evaluate(val_data))
    for p in model.parameters():
        p.data = tmp[p].clone()
