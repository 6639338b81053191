import torch
import torch.nn as nn


class AudioEncoder(nn.Module):
    def __init__(self, n_mels=8, hidden=8):
        super().__init__()
        self.frontend = nn.Sequential(nn.Conv1d(n_mels, hidden, 3, padding=1), nn.ReLU())
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, mel):
        return self.rnn(self.frontend(mel).transpose(1, 2))[0]


class Captioner(nn.Module):
    def __init__(self, vocab=15, hidden=8):
        super().__init__()
        self.encoder = AudioEncoder(hidden=hidden)
        self.emb = nn.Embedding(vocab, hidden)
        self.decoder = nn.LSTMCell(2 * hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, mel, caps):
        mem = self.encoder(mel).mean(1)
        h = c = torch.zeros_like(mem)
        logits = []
        for t in range(caps.shape[1] - 1):
            h, c = self.decoder(torch.cat([self.emb(caps[:, t]), mem], -1), (h, c))
            logits.append(self.out(h))
        return torch.stack(logits, 1)
