# expect: clean
"""A factory builds the seq2seq model from its parts, puts it in eval mode for inference and returns
it inside a translator; adapting on a batch puts the model back in train mode first."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)

    def forward(self, src):
        return self.rnn(self.emb(src))[1]


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.gen = nn.Linear(8, 20)

    def forward(self, tgt, state):
        return self.gen(self.rnn(self.emb(tgt), state)[0])


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    def forward(self, src, tgt):
        return self.decoder(tgt, self.encoder(src))


class Translator:
    def __init__(self, model):
        self.model = model
        self.optim = torch.optim.SGD(model.parameters(), lr=0.01)

    def adapt(self, src, tgt):
        self.model.train()
        logits = self.model(src, tgt[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, 20), tgt[:, 1:].reshape(-1))
        self.optim.zero_grad()
        loss.backward()
        self.optim.step()


def build_translator():
    model = Seq2Seq(Encoder(), Decoder())
    model.eval()
    return Translator(model)


def main():
    translator = build_translator()
    for _ in range(2):
        translator.adapt(torch.randint(0, 20, (3, 5)), torch.randint(0, 20, (3, 6)))


if __name__ == "__main__":
    main()
