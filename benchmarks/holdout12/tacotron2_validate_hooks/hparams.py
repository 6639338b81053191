from types import SimpleNamespace


def create_hparams(**overrides):
    h = dict(seed=1234, epochs=2, learning_rate=1e-3, grad_clip_thresh=1.0, iters_per_checkpoint=3,
             n_symbols=12, symbols_embedding_dim=8, encoder_embedding_dim=8, n_mel_channels=4,
             attention_rnn_dim=16, decoder_rnn_dim=16, p_decoder_dropout=0.1)
    h.update(overrides)
    return SimpleNamespace(**h)
