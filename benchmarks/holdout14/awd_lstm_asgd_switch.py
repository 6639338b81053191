# expect: crash
"""awd-lstm-lm main.py shape: train()/evaluate() functions, NT-ASGD switch mid-run."""
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--bptt", type=int, default=5)
parser.add_argument("--nonmono", type=int, default=1)
args = parser.parse_args([])

ntokens = 30
train_data = torch.randint(0, ntokens, (41, 4))
val_data = torch.randint(0, ntokens, (21, 4))


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp=8, nhid=12, nlayers=2):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = [nn.LSTM(ninp if l == 0 else nhid, nhid, 1) for l in range(nlayers)]
        self.rnns = nn.ModuleList(self.rnns)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, inp, hidden):
        emb = self.encoder(inp)
        raw, new_hidden = emb, []
        for l, rnn in enumerate(self.rnns):
            raw, h = rnn(raw, hidden[l])
            new_hidden.append(h)
        return self.decoder(raw), new_hidden

    def init_hidden(self, bsz):
        return [(torch.zeros(1, bsz, 12), torch.zeros(1, bsz, 12)) for _ in self.rnns]


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


def get_batch(source, i):
    seq_len = min(args.bptt, len(source) - 1 - i)
    return source[i:i + seq_len], source[i + 1:i + 1 + seq_len]


model = RNNModel(ntokens)
criterion = nn.CrossEntropyLoss()


def evaluate(data_source, batch_size=4):
    model.eval()
    total = 0.0
    hidden = model.init_hidden(batch_size)
    with torch.no_grad():
        for i in range(0, data_source.size(0) - 1, args.bptt):
            data, targets = get_batch(data_source, i)
            output, hidden = model(data, hidden)
            total += len(data) * criterion(output.view(-1, ntokens), targets.reshape(-1)).item()
            hidden = [repackage_hidden(h) for h in hidden]
    return total / len(data_source)


def train(epoch):
    # the original calls model.train() here; this fork moved it into the "first epoch" branch
    if epoch == 1:
        model.train()
    hidden = model.init_hidden(4)
    for batch, i in enumerate(range(0, train_data.size(0) - 1, args.bptt)):
        hidden = [repackage_hidden(h) for h in hidden]
        optimizer.zero_grad()
        data, targets = get_batch(train_data, i)
        output, hidden = model(data, hidden)
        loss = criterion(output.view(-1, ntokens), targets.reshape(-1))
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), 0.25)
        optimizer.step()


optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
best_val_loss = []
stored_loss = 1e8
for epoch in range(1, args.epochs + 1):
    train(epoch)
    if "t0" in optimizer.param_groups[0]:
        tmp = {}
        for prm in model.parameters():
            tmp[prm] = prm.data.clone()
            prm.data = optimizer.state[prm]["ax"].clone()
        val_loss2 = evaluate(val_data)
        for prm in model.parameters():
            prm.data = tmp[prm].clone()
    else:
        val_loss = evaluate(val_data)
        if val_loss < stored_loss:
            stored_loss = val_loss
        if len(best_val_loss) > args.nonmono and val_loss > min(best_val_loss[:-args.nonmono]):
            optimizer = torch.optim.ASGD(model.parameters(), lr=1.0, t0=0, lambd=0.0)
        best_val_loss.append(val_loss)
print("done", stored_loss)
