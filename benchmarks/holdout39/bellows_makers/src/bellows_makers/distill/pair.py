from ..nets import Classifier, Encoder


def build_pair(hidden=8):
    enc = Encoder(hidden)
    teacher = Classifier(enc, hidden, width=32)
    student = Classifier(teacher.encoder, hidden, width=4)
    return teacher, student
