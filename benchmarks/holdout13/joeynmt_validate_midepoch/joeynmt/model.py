import torch
import torch.nn as nn


class RecurrentEncoder(nn.Module):
    def __init__(self, rnn_type="gru", hidden_size=8, emb_size=8, **kwargs):
        super().__init__()
        rnn = nn.GRU if rnn_type == "gru" else nn.LSTM
        self.rnn = rnn(emb_size, hidden_size, batch_first=True, bidirectional=True)
        self.output_size = 2 * hidden_size

    def forward(self, embed_src):
        return self.rnn(embed_src)[0]


class RecurrentDecoder(nn.Module):
    def __init__(self, hidden_size, enc_size, emb_size, vocab, **kwargs):
        super().__init__()
        self.bridge = nn.Linear(enc_size, hidden_size)
        self.cell = nn.GRU(emb_size, hidden_size, batch_first=True)
        self.output_layer = nn.Linear(hidden_size, vocab)

    def forward(self, trg_embed, encoder_output):
        h0 = torch.tanh(self.bridge(encoder_output[:, -1])).unsqueeze(0)
        return self.output_layer(self.cell(trg_embed, h0)[0])


class Model(nn.Module):
    def __init__(self, encoder, decoder, src_embed, trg_embed):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder
        self.src_embed, self.trg_embed = src_embed, trg_embed

    def forward(self, return_type, src, trg_input, trg=None):
        logits = self.decoder(self.trg_embed(trg_input), self.encoder(self.src_embed(src)))
        if return_type == "loss":
            return nn.functional.cross_entropy(logits.flatten(0, 1), trg.flatten())
        return logits


def build_model(cfg, vocab_size):
    enc_cfg, dec_cfg = cfg["encoder"], cfg["decoder"]
    emb = enc_cfg.get("emb_size", 8)
    encoder = RecurrentEncoder(**enc_cfg)
    decoder = RecurrentDecoder(enc_size=encoder.output_size, emb_size=emb, vocab=vocab_size, **dec_cfg)
    return Model(encoder, decoder, nn.Embedding(vocab_size, emb), nn.Embedding(vocab_size, emb))
