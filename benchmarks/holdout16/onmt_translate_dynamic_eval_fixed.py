# expect: clean
"""OpenNMT-py flavoured translator with dynamic evaluation. The adaptation step
switches the model to training mode around its own forward pass and restores it."""
import argparse
import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)

    def forward(self, src):
        memory_bank, enc_state = self.rnn(self.embeddings(src))
        return enc_state, memory_bank


class StdRNNDecoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)
        self.generator = nn.Linear(hid, vocab)

    def forward(self, tgt, state):
        out, _ = self.rnn(self.embeddings(tgt), state)
        return self.generator(out)


class NMTModel(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    def forward(self, src, tgt):
        enc_state, _ = self.encoder(src)
        return self.decoder(tgt, enc_state)


class Translator:
    def __init__(self, model, opt):
        self.model = model.eval()
        self.opt = opt
        self.optim = torch.optim.SGD(model.parameters(), lr=opt.adapt_lr)

    def _adapt(self, src, tgt):
        self.model.train()
        logits = self.model(src, tgt[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt[:, 1:].reshape(-1))
        self.optim.zero_grad()
        self.model.eval()
        loss.backward()
        self.optim.step()
        return loss.item()

    def translate(self, batches):
        scores = []
        for src, tgt in batches:
            scores.append(self._adapt(src, tgt))
            with torch.no_grad():
                self.model.encoder(src)
        return scores


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--vocab", type=int, default=20)
    p.add_argument("--adapt_lr", type=float, default=0.01)
    opt = p.parse_args([])
    torch.manual_seed(0)
    model = NMTModel(RNNEncoder(opt.vocab, 8, 12), StdRNNDecoder(opt.vocab, 8, 12))
    tr = Translator(model, opt)
    batches = [(torch.randint(0, opt.vocab, (3, 5)), torch.randint(0, opt.vocab, (3, 6))) for _ in range(2)]
    print("adapt losses", tr.translate(batches))


if __name__ == "__main__":
    main()
