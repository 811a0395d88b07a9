import xml.etree.cElementTree  # want: B405(low/high)
import xml.etree.ElementTree as ET  # want: B405
from xml.etree import ElementTree  # want: B405
from xml.etree.ElementTree import parse  # want: B405
import xml.etree
