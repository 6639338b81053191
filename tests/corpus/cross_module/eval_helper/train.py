# expect: crash
"""The eval() lives in metrics.accuracy(), another module; the next epoch's backward runs through eval mode."""
import torch
import torch.nn as nn

from metrics import accuracy


class IntentModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(40, 8)
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.out = nn.Linear(16, 4)

    def forward(self, tokens):
        return self.out(self.lstm(self.embed(tokens))[0][:, -1])


def main():
    torch.manual_seed(0)
    model = IntentModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    val = [(torch.randint(0, 40, (4, 6)), torch.randint(0, 4, (4,)))]
    for epoch in range(3):
        tokens, labels = torch.randint(0, 40, (8, 6)), torch.randint(0, 4, (8,))
        loss = nn.functional.cross_entropy(model(tokens), labels)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {epoch}: acc {accuracy(model, val):.2f}")


if __name__ == "__main__":
    main()
