import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, encoded_image_size=2):
        super().__init__()
        self.resnet = nn.Sequential(nn.Conv2d(3, 8, 3, 2, 1), nn.BatchNorm2d(8), nn.ReLU())
        self.adaptive_pool = nn.AdaptiveAvgPool2d((encoded_image_size, encoded_image_size))

    def forward(self, images):
        return self.adaptive_pool(self.resnet(images)).permute(0, 2, 3, 1)


class Attention(nn.Module):
    def __init__(self, encoder_dim, decoder_dim, attention_dim):
        super().__init__()
        self.encoder_att = nn.Linear(encoder_dim, attention_dim)
        self.decoder_att = nn.Linear(decoder_dim, attention_dim)
        self.full_att = nn.Linear(attention_dim, 1)

    def forward(self, encoder_out, decoder_hidden):
        att = self.full_att(torch.relu(self.encoder_att(encoder_out) + self.decoder_att(decoder_hidden).unsqueeze(1)))
        alpha = att.squeeze(2).softmax(1)
        return (encoder_out * alpha.unsqueeze(2)).sum(dim=1), alpha


class DecoderWithAttention(nn.Module):
    def __init__(self, attention_dim, embed_dim, decoder_dim, vocab_size, encoder_dim=8, dropout=0.5):
        super().__init__()
        self.decoder_dim = decoder_dim
        self.attention = Attention(encoder_dim, decoder_dim, attention_dim)
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.dropout = nn.Dropout(p=dropout)
        self.decode_step = nn.LSTMCell(embed_dim + encoder_dim, decoder_dim, bias=True)
        self.init_h = nn.Linear(encoder_dim, decoder_dim)
        self.init_c = nn.Linear(encoder_dim, decoder_dim)
        self.f_beta = nn.Linear(decoder_dim, encoder_dim)
        self.fc = nn.Linear(decoder_dim, vocab_size)

    def forward(self, encoder_out, encoded_captions, caption_lengths):
        encoder_out = encoder_out.reshape(encoder_out.size(0), -1, encoder_out.size(-1))
        mean_enc = encoder_out.mean(dim=1)
        h, c = self.init_h(mean_enc), self.init_c(mean_enc)
        embeddings = self.embedding(encoded_captions)
        preds, alphas = [], []
        for t in range(embeddings.size(1)):
            awe, alpha = self.attention(encoder_out, h)
            awe = torch.sigmoid(self.f_beta(h)) * awe
            h, c = self.decode_step(torch.cat([embeddings[:, t, :], awe], dim=1), (h, c))
            preds.append(self.fc(self.dropout(h)))
            alphas.append(alpha)
        return torch.stack(preds, 1), torch.stack(alphas, 1).sum(1) / len(alphas) * len(alphas)
