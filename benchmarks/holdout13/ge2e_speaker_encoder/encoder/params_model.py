mel_n_channels = 8
model_hidden_size = 16
model_embedding_size = 8
model_num_layers = 2
speakers_per_batch = 3
utterances_per_speaker = 4
learning_rate_init = 1e-4
