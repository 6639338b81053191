import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, encoded_image_size=2):
        super().__init__()
        self.resnet = nn.Sequential(nn.Conv2d(3, 8, 3, 2, 1), nn.BatchNorm2d(8), nn.ReLU())
        self.adaptive_pool = nn.AdaptiveAvgPool2d((encoded_image_size, encoded_image_size))

    def forward(self, images):
        out = self.adaptive_pool(self.resnet(images))
        return out.permute(0, 2, 3, 1)


class Attention(nn.Module):
    def __init__(self, encoder_dim, decoder_dim, attention_dim):
        super().__init__()
        self.encoder_att = nn.Linear(encoder_dim, attention_dim)
        self.full_att = nn.Linear(attention_dim, 1)

    def forward(self, encoder_out):
        alpha = self.full_att(torch.tanh(self.encoder_att(encoder_out))).squeeze(2).softmax(1)
        return (encoder_out * alpha.unsqueeze(2)).sum(dim=1), alpha


class DecoderWithAttention(nn.Module):
    def __init__(self, attention_dim, embed_dim, decoder_dim, vocab_size, encoder_dim=8, dropout=0.5):
        super().__init__()
        self.attention = Attention(encoder_dim, decoder_dim, attention_dim)
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.dropout = nn.Dropout(p=dropout)
        self.decode_seq = nn.LSTM(embed_dim + encoder_dim, decoder_dim, batch_first=True)
        self.fc = nn.Linear(decoder_dim, vocab_size)

    def forward(self, encoder_out, encoded_captions, caption_lengths):
        encoder_out = encoder_out.reshape(encoder_out.size(0), -1, encoder_out.size(-1))
        context, alphas = self.attention(encoder_out)
        embeddings = self.embedding(encoded_captions)
        ctx = context.unsqueeze(1).expand(-1, embeddings.size(1), -1)
        h, _ = self.decode_seq(torch.cat([embeddings, ctx], dim=2))
        return self.fc(self.dropout(h)), alphas
