import torch


class TrialTrack:
    """Batches of (track, points): track is (B, T, 4) = x, y, dog speed, sheep spread."""

    def __init__(self, tracks, points, batch=4):
        self.tracks, self.points, self.batch = tracks, points, batch

    @classmethod
    def synthetic(cls, n=16, t=9):
        return cls(torch.randn(n, t, 4), torch.rand(n) * 100)

    def __iter__(self):
        for i in range(0, len(self.tracks), self.batch):
            yield self.tracks[i:i + self.batch], self.points[i:i + self.batch]

    def __len__(self):
        return (len(self.tracks) + self.batch - 1) // self.batch
