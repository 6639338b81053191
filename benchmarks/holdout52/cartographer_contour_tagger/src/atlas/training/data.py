import torch


class SheetBatches:
    def __init__(self, n_sheets, segments, vocab, tags, batch):
        self.x = torch.randint(0, vocab, (n_sheets, segments))
        self.y = torch.randint(0, tags, (n_sheets, segments))
        self.batch = batch

    def __iter__(self):
        for i in range(0, len(self.x), self.batch):
            yield self.x[i:i + self.batch], self.y[i:i + self.batch]
