# expect: crash
"""A sentiment LSTM is loaded, put in eval mode for a quick sanity check, then fine-tuned without train()."""
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab=100, emb=16, hidden=32):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, tokens):
        seq, _ = self.lstm(self.embed(tokens))
        return self.out(seq[:, -1])


def main():
    torch.manual_seed(0)
    model = SentimentLSTM()
    model.eval()
    with torch.no_grad():
        print("sanity logits", model(torch.randint(0, 100, (2, 7))).shape)

    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(3):
        tokens = torch.randint(0, 100, (8, 12))
        labels = torch.randint(0, 2, (8,))
        loss = nn.functional.cross_entropy(model(tokens), labels)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    print("done", loss.item())


if __name__ == "__main__":
    main()
