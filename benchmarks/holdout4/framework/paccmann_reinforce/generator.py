"""A SMILES-like token generator (GRU decoder) and a frozen property predictor (LSTM)."""
import torch
import torch.nn as nn

VOCAB = ["<pad>", "<start>", "<stop>", "C", "N", "O", "=", "(", ")", "1"]


class StackGRUGenerator(nn.Module):
    def __init__(self, hidden=16, layers=2):
        super().__init__()
        self.embedding = nn.Embedding(len(VOCAB), hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, dropout=0.1)
        self.head = nn.Linear(hidden, len(VOCAB))
        self.layers = layers
        self.hidden = hidden

    def init_hidden(self, batch):
        return torch.zeros(self.layers, batch, self.hidden)

    def step(self, token, hidden):
        out, hidden = self.gru(self.embedding(token).unsqueeze(0), hidden)
        return self.head(out.squeeze(0)), hidden

    def sample(self, batch, max_len=8):
        token = torch.full((batch,), VOCAB.index("<start>"), dtype=torch.long)
        hidden = self.init_hidden(batch)
        tokens, log_probs = [], []
        for _ in range(max_len):
            logits, hidden = self.step(token, hidden)
            dist = torch.distributions.Categorical(logits=logits)
            token = dist.sample()
            tokens.append(token)
            log_probs.append(dist.log_prob(token))
        return torch.stack(tokens, 1), torch.stack(log_probs, 1)


class AffinityPredictor(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.embedding = nn.Embedding(len(VOCAB), hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, tokens):
        _, (h, _) = self.lstm(self.embedding(tokens))
        return torch.sigmoid(self.out(h[-1])).squeeze(-1)
