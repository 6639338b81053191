# expect: crash
"""Answer-selection BiLSTM (question/answer matching) with hidden state kept on the module.

Rebuilt from the shape of pytorch/pytorch#9095: a dev-set pass in eval mode between epochs,
then training resumes without switching back.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class QAMatcher(nn.Module):
    def __init__(self, vocab=30, emb=6, hidden_dim=8, num_layers=1):
        super().__init__()
        self.hidden_dim, self.num_layers = hidden_dim, num_layers
        self.embedding = nn.Embedding(vocab, emb)
        self.bilstm = nn.LSTM(emb, hidden_dim // 2, num_layers=num_layers, bidirectional=True)
        self.hidden2label = nn.Linear(2 * hidden_dim, 2)
        self.hidden1 = self.hidden2 = None

    def init_hidden(self, batch_size):
        z = torch.zeros(2 * self.num_layers, batch_size, self.hidden_dim // 2)
        return (z.clone(), z.clone())

    def encode(self, seq, hidden):
        e = self.embedding(seq).transpose(0, 1)
        out, hidden = self.bilstm(e, hidden)
        return out.mean(0), hidden

    def forward(self, q, a):
        self.hidden1 = self.init_hidden(q.shape[0])
        self.hidden2 = self.init_hidden(a.shape[0])
        q_vec, self.hidden1 = self.encode(q, self.hidden1)
        a_vec, self.hidden2 = self.encode(a, self.hidden2)
        return self.hidden2label(torch.cat([q_vec, a_vec], 1))


def evaluate(model, q, a, y):
    model.eval()
    with torch.no_grad():
        return (model(q, a).argmax(1) == y).float().mean().item()


def main():
    torch.manual_seed(0)
    model = QAMatcher()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    q, a, y = torch.randint(0, 30, (4, 5)), torch.randint(0, 30, (4, 7)), torch.randint(0, 2, (4,))
    model.train()
    for epoch in range(2):
        for _ in range(2):
            opt.zero_grad()
            loss = F.cross_entropy(model(q, a), y)
            loss.backward()  # TM001-here
            opt.step()
        print("epoch", epoch, "dev acc", evaluate(model, q, a, y))


if __name__ == "__main__":
    main()
