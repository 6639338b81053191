from .distill import TeacherPool, distill
from .models import LockWait
