# expect: crash
"""Mogrifier LSTM (Melis et al. 2020) language model: the first layer is a
mogrified LSTMCell unrolled by hand, the upper layers are a regular cuDNN
nn.LSTM for speed. After validation with `lm.train(False)`, fine-tuning on the
validation split (a common trick for the final few epochs) forgets train().
"""
import torch
import torch.nn as nn


class MogrifierLSTMCell(nn.Module):
    def __init__(self, input_size, hidden_size, mogrify_steps=5):
        super().__init__()
        self.mogrify_steps = mogrify_steps
        self.lstm = nn.LSTMCell(input_size, hidden_size)
        self.mogrifier_list = nn.ModuleList([nn.Linear(hidden_size, input_size)])
        for i in range(1, mogrify_steps):
            if i % 2 == 0:
                self.mogrifier_list.append(nn.Linear(hidden_size, input_size))
            else:
                self.mogrifier_list.append(nn.Linear(input_size, hidden_size))

    def mogrify(self, x, h):
        for i in range(self.mogrify_steps):
            if (i + 1) % 2 == 0:
                h = (2 * torch.sigmoid(self.mogrifier_list[i](x))) * h
            else:
                x = (2 * torch.sigmoid(self.mogrifier_list[i](h))) * x
        return x, h

    def forward(self, x, states):
        ht, ct = states
        x, ht = self.mogrify(x, ht)
        return self.lstm(x, (ht, ct))


class MogLM(nn.Module):
    def __init__(self, vocab=25, emb=10, hidden=10):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.mog = MogrifierLSTMCell(emb, hidden)
        self.upper = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)
        self.hidden = hidden

    def forward(self, seq):
        b, t = seq.shape
        x = self.embedding(seq)
        h = c = x.new_zeros(b, self.hidden)
        outs = []
        for i in range(t):
            h, c = self.mog(x[:, i], (h, c))
            outs.append(h)
        return self.fc(self.upper(torch.stack(outs, 1))[0])


def lm_loss(lm, seq):
    logits = lm(seq[:, :-1])
    return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), seq[:, 1:].reshape(-1))


torch.manual_seed(0)
lm = MogLM()
opt = torch.optim.Adam(lm.parameters(), lr=3e-3)
train_seq, valid_seq = torch.randint(0, 25, (4, 9)), torch.randint(0, 25, (4, 9))
for epoch in range(2):
    lm.train()
    opt.zero_grad()
    lm_loss(lm, train_seq).backward()
    opt.step()
    lm.train(False)
    with torch.no_grad():
        print(epoch, "valid", lm_loss(lm, valid_seq).item())
for _ in range(2):
    opt.zero_grad()
    lm_loss(lm, valid_seq).backward()  # TM001-here
    opt.step()
