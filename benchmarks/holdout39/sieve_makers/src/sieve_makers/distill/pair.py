from torch import nn

from ..nets import GaugeNet


def build_pair(hidden=8):
    table = nn.Embedding(12, 5)
    teacher = GaugeNet(table, hidden * 2)
    student = GaugeNet(teacher.embedding, hidden)
    return teacher, student
