import torch


class Dictionary:
    def __init__(self):
        self.word2idx = {}
        self.idx2word = []

    def add_word(self, word):
        if word not in self.word2idx:
            self.idx2word.append(word)
            self.word2idx[word] = len(self.idx2word) - 1
        return self.word2idx[word]

    def __len__(self):
        return len(self.idx2word)


class Corpus:
    def __init__(self, dictionary, train, test):
        self.dictionary = dictionary
        self.train = train
        self.test = test

    @classmethod
    def synthetic(cls, ntokens, length):
        d = Dictionary()
        for i in range(ntokens):
            d.add_word(f"w{i}")
        ids = torch.randint(0, ntokens, (length,))
        return cls(d, ids[: length * 3 // 4], ids[length * 3 // 4:])


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    data = data.narrow(0, 0, nbatch * bsz)
    return data.view(bsz, -1).t().contiguous()


def get_batch(source, i, bptt):
    seq_len = min(bptt, len(source) - 1 - i)
    return source[i:i + seq_len], source[i + 1:i + 1 + seq_len].reshape(-1)
