# expect: crash
"""OpenNMT-py flavoured translator with 'dynamic evaluation': after building the
translator (which puts the model in inference mode) we adapt on each source batch."""
import argparse
import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hid, batch_first=True)

    def forward(self, src):
        memory_bank, enc_state = self.rnn(self.embeddings(src))
        return enc_state, memory_bank


class InputFeedRNNDecoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hid, batch_first=True)
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


def build_translator(opt):
    model = NMTModel(RNNEncoder(opt.vocab, 8, 12), InputFeedRNNDecoder(opt.vocab, 8, 12))
    model.eval()
    return Translator(model, opt)


class Translator:
    def __init__(self, model, opt):
        self.model = model
        self.opt = opt
        self.optim = torch.optim.SGD(model.parameters(), lr=opt.adapt_lr)

    def _adapt(self, src, tgt):
        logits = self.model(src, tgt[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt[:, 1:].reshape(-1))
        self.optim.zero_grad()
        loss.backward()  # TM001-here
        self.optim.step()
        return loss.item()

    def translate(self, batches):
        scores = []
        for src, tgt in batches:
            if self.opt.dynamic_eval:
                scores.append(self._adapt(src, tgt))
            with torch.no_grad():
                enc_state, _ = self.model.encoder(src)
        return scores


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--vocab", type=int, default=20)
    p.add_argument("--adapt_lr", type=float, default=0.01)
    p.add_argument("--dynamic_eval", action="store_true", default=True)
    opt = p.parse_args([])
    torch.manual_seed(0)
    tr = build_translator(opt)
    batches = [(torch.randint(0, opt.vocab, (3, 5)), torch.randint(0, opt.vocab, (3, 6))) for _ in range(2)]
    print("adapt losses", tr.translate(batches))


if __name__ == "__main__":
    main()
