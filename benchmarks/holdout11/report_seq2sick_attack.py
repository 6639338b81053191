# expect: crash
# Rebuilt from cmhcbb/Seq2Sick#2: an adversarial attack on a trained seq2seq translator. The translator is loaded
# for decoding in eval mode (as the NMT toolkit's Translator does), and the attack optimises a perturbation of
# the source embeddings by gradient descent through the encoder and decoder LSTMs.
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab=40, d=16):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, d)
        self.rnn = nn.LSTM(d, d, batch_first=True)

    def forward(self, emb):
        return self.rnn(emb)


class Decoder(nn.Module):
    def __init__(self, vocab=40, d=16):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, d)
        self.rnn = nn.LSTM(d, d, batch_first=True)
        self.generator = nn.Linear(d, vocab)

    def forward(self, tgt, state):
        out, _ = self.rnn(self.embeddings(tgt), state)
        return self.generator(out)


class NMTModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder, self.decoder = Encoder(), Decoder()

    def forward(self, src_emb, tgt):
        _, state = self.encoder(src_emb)
        return self.decoder(tgt, state)


class Translator:
    def __init__(self, model):
        self.model = model
        self.model.eval()

    def translate(self, src, max_len=6):
        with torch.no_grad():
            _, state = self.model.encoder(self.model.encoder.embeddings(src))
            tok = torch.zeros(src.size(0), 1, dtype=torch.long)
            for _ in range(max_len):
                nxt = self.model.decoder(tok[:, -1:], state)[:, -1].argmax(-1, keepdim=True)
                tok = torch.cat([tok, nxt], 1)
        return tok


def attack(translator, src, target_tokens, steps=3, lr=0.1, c=1.0):
    model = translator.model
    src_emb = model.encoder.embeddings(src).detach()
    delta = torch.zeros_like(src_emb, requires_grad=True)
    opt = torch.optim.Adam([delta], lr=lr)
    for _ in range(steps):
        logits = model(src_emb + delta, target_tokens[:, :-1])
        loss = -logits.log_softmax(-1).gather(2, target_tokens[:, 1:, None]).sum() + c * delta.norm()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return delta.detach()


torch.manual_seed(0)
translator = Translator(NMTModel())
src = torch.randint(1, 40, (2, 7))
hyp = translator.translate(src)
print(attack(translator, src, hyp).norm().item())
print("done")
