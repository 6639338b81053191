from torch import nn

from .encoder import CourseEncoder


class WallModel(nn.Module):
    def __init__(self, n_stone_types, hidden):
        super().__init__()
        self.encoder = CourseEncoder(n_stone_types, hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, courses, batter):
        return self.head(self.encoder(courses, batter)).squeeze(-1)
