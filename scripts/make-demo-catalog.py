#!/usr/bin/env python3
"""Writes app/pos/demo/catalog.csv: the demo lane's supermarket catalog.

Codes are made here so every check digit is right: packaged goods get EAN-13 codes with the Chinese
prefixes 690-695, weighed goods the variable-measure key the barcode decoder looks up (20, a 5-digit
item code, the value digits zeroed, the check digit recomputed). Tax classes: A 13 %, B 9 % (food,
farm produce), C 0 % (fresh vegetables and eggs). Run it again after editing the lists below.
"""
import csv
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "app/pos/demo/catalog.csv"
COLUMNS = ["sku", "barcodes", "name_en", "name_zh", "price", "tax_class", "unit", "tare_g",
           "expected_weight_g", "weight_spread_g", "eas", "age_restricted"]


def check_digit(digits):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def ean13(prefix, company, item):
    body = f"{prefix}{company:04d}{item:05d}"
    return body + check_digit(body)


def weighed_key(item):
    body = f"20{item:05d}00000"
    return body + check_digit(body)


# (sku prefix, name_en, name_zh, price, tax, expected g, spread g, eas, age) per packaged item;
# the company number groups a brand's items like a real GS1 allocation.
PACKAGED = {
    (690, 1021): [  # rice, flour and grain
        ("Northeast Rice 5 kg", "东北大米 5公斤", "49.90", "B", 5040, 20),
        ("Northeast Rice 10 kg", "东北大米 10公斤", "95.00", "B", 10060, 30),
        ("Jasmine Rice 5 kg", "泰国香米 5公斤", "69.90", "B", 5040, 20),
        ("Wuchang Rice 2.5 kg", "五常大米 2.5公斤", "45.80", "B", 2525, 12),
        ("Glutinous Rice 1 kg", "糯米 1公斤", "12.50", "B", 1012, 6),
        ("Wheat Flour 2.5 kg", "小麦粉 2.5公斤", "18.90", "B", 2520, 12),
        ("Dumpling Flour 1 kg", "饺子粉 1公斤", "8.90", "B", 1010, 6),
        ("Millet 1 kg", "小米 1公斤", "13.80", "B", 1010, 6),
        ("Red Beans 500 g", "红豆 500克", "9.90", "B", 506, 4),
        ("Mung Beans 500 g", "绿豆 500克", "8.50", "B", 506, 4),
        ("Oatmeal 1 kg", "燕麦片 1公斤", "19.90", "B", 1030, 8),
        ("Black Rice 1 kg", "黑米 1公斤", "15.90", "B", 1010, 6),
    ],
    (690, 2033): [  # noodles
        ("Instant Noodles Braised Beef", "红烧牛肉面", "3.50", "A", 118, 3),
        ("Instant Noodles Pickled Cabbage", "老坛酸菜牛肉面", "3.50", "A", 121, 3),
        ("Instant Noodles 5-pack", "红烧牛肉面 五连包", "15.90", "A", 600, 8),
        ("Cup Noodles Seafood", "海鲜杯面", "4.50", "A", 95, 3),
        ("Dried Noodles 1 kg", "挂面 1公斤", "9.90", "B", 1012, 6),
        ("Knife-cut Noodles 500 g", "刀削面 500克", "7.50", "B", 506, 4),
        ("Rice Noodles 400 g", "米粉 400克", "6.80", "B", 405, 4),
        ("Glass Noodles 250 g", "粉丝 250克", "5.90", "B", 254, 3),
        ("Buckwheat Noodles 500 g", "荞麦面 500克", "8.90", "B", 506, 4),
        ("Spicy Hot Pot Noodles", "螺蛳粉", "13.90", "A", 335, 5),
    ],
    (690, 3045): [  # soy sauce, vinegar and condiments
        ("Light Soy Sauce 500 ml", "生抽 500毫升", "9.90", "A", 610, 6),
        ("Dark Soy Sauce 500 ml", "老抽 500毫升", "10.50", "A", 620, 6),
        ("Premium Soy Sauce 1.28 l", "特级酱油 1.28升", "19.90", "A", 1480, 10),
        ("Mature Vinegar 500 ml", "山西老陈醋 500毫升", "8.90", "A", 640, 6),
        ("Zhenjiang Vinegar 550 ml", "镇江香醋 550毫升", "9.50", "A", 680, 6),
        ("Oyster Sauce 510 g", "蚝油 510克", "12.90", "A", 690, 6),
        ("Sesame Oil 220 ml", "芝麻香油 220毫升", "15.90", "A", 380, 5),
        ("Chili Bean Paste 500 g", "郫县豆瓣酱 500克", "11.90", "A", 560, 6),
        ("Chili Oil Crisp 280 g", "老干妈风味豆豉 280克", "11.50", "A", 480, 5),
        ("Cooking Wine 500 ml", "料酒 500毫升", "6.90", "A", 620, 6),
        ("Table Salt 400 g", "食用盐 400克", "2.50", "A", 404, 3),
        ("White Sugar 500 g", "白砂糖 500克", "5.90", "A", 505, 4),
        ("Rock Sugar 400 g", "冰糖 400克", "7.90", "A", 405, 4),
        ("MSG 200 g", "味精 200克", "4.50", "A", 204, 3),
        ("Chicken Bouillon 200 g", "鸡精 200克", "8.90", "A", 206, 3),
        ("Sichuan Pepper 50 g", "花椒 50克", "6.50", "B", 55, 2),
        ("Star Anise 50 g", "八角 50克", "5.50", "B", 55, 2),
        ("Hot Pot Base 400 g", "火锅底料 400克", "22.90", "A", 420, 4),
    ],
    (691, 1156): [  # cooking oil
        ("Peanut Oil 5 l", "花生油 5升", "129.90", "B", 4750, 25),
        ("Soybean Oil 5 l", "大豆油 5升", "59.90", "B", 4700, 25),
        ("Rapeseed Oil 5 l", "菜籽油 5升", "69.90", "B", 4720, 25),
        ("Corn Oil 1.8 l", "玉米油 1.8升", "32.90", "B", 1720, 12),
        ("Sunflower Oil 1.8 l", "葵花籽油 1.8升", "35.90", "B", 1720, 12),
        ("Blended Oil 5 l", "调和油 5升", "55.90", "B", 4700, 25),
    ],
    (692, 1270): [  # drinks
        ("Cola 330 ml Can", "可乐 330毫升罐装", "3.00", "A", 350, 4),
        ("Cola 2 l", "可乐 2升", "7.50", "A", 2110, 12),
        ("Lemon Soda 500 ml", "柠檬汽水 500毫升", "3.50", "A", 540, 5),
        ("Mineral Water 550 ml", "矿泉水 550毫升", "2.00", "A", 570, 5),
        ("Mineral Water 24-pack", "矿泉水 24瓶装", "36.00", "A", 13800, 60),
        ("Natural Water 4 l", "天然水 4升", "9.90", "A", 4120, 20),
        ("Green Tea 500 ml", "绿茶 500毫升", "3.50", "A", 530, 5),
        ("Iced Black Tea 500 ml", "冰红茶 500毫升", "3.50", "A", 530, 5),
        ("Jasmine Tea Drink 500 ml", "茉莉花茶饮料 500毫升", "3.50", "A", 530, 5),
        ("Herbal Tea 310 ml Can", "凉茶 310毫升罐装", "4.00", "A", 335, 4),
        ("Orange Juice 1 l", "橙汁 1升", "12.90", "A", 1070, 8),
        ("Coconut Milk 245 ml", "椰汁 245毫升", "4.50", "A", 275, 4),
        ("Walnut Milk 240 ml", "核桃乳 240毫升", "4.00", "A", 270, 4),
        ("Energy Drink 250 ml", "功能饮料 250毫升", "6.00", "A", 280, 4),
        ("Sparkling Water Peach 480 ml", "白桃气泡水 480毫升", "5.50", "A", 510, 5),
        ("Plum Juice 500 ml", "酸梅汤 500毫升", "4.50", "A", 530, 5),
        ("Iced Coffee 280 ml", "即饮咖啡 280毫升", "6.50", "A", 310, 4),
        ("Soy Milk 250 ml", "豆奶 250毫升", "3.50", "A", 265, 4),
    ],
    (692, 3381): [  # dairy and eggs in packs
        ("Pure Milk 250 ml", "纯牛奶 250毫升", "3.50", "B", 262, 3),
        ("Pure Milk 12-pack", "纯牛奶 12盒装", "45.90", "B", 3250, 20),
        ("Fresh Milk 950 ml", "鲜牛奶 950毫升", "15.90", "B", 1010, 8),
        ("Yogurt Plain 200 g", "原味酸奶 200克", "5.50", "B", 215, 3),
        ("Yogurt Strawberry 4-pack", "草莓酸奶 四连杯", "12.90", "B", 520, 6),
        ("Drinking Yogurt 1 l", "风味发酵乳 1升", "16.90", "B", 1060, 8),
        ("Lactic Acid Drink 5-pack", "乳酸菌饮品 五连排", "11.50", "B", 520, 6),
        ("Milk Powder 800 g", "全脂奶粉 800克", "89.00", "B", 960, 8),
        ("Infant Formula 900 g", "婴儿配方奶粉 900克", "268.00", "B", 1080, 8, 1, 0),
        ("Cheese Slices 200 g", "奶酪片 200克", "19.90", "B", 215, 3),
        ("Butter 200 g", "黄油 200克", "22.90", "B", 208, 3),
        ("Eggs 10-pack", "鲜鸡蛋 10枚装", "12.90", "C", 620, 25),
        ("Eggs 30-pack", "鲜鸡蛋 30枚装", "32.90", "C", 1850, 60),
        ("Salted Duck Eggs 6-pack", "咸鸭蛋 6枚装", "15.90", "B", 460, 20),
    ],
    (693, 1502): [  # snacks and sweets
        ("Potato Chips Original 70 g", "原味薯片 70克", "6.90", "A", 82, 3),
        ("Potato Chips Cucumber 70 g", "黄瓜味薯片 70克", "6.90", "A", 82, 3),
        ("Shrimp Crackers 80 g", "虾条 80克", "4.50", "A", 90, 3),
        ("Spicy Gluten Strips 100 g", "辣条 100克", "3.50", "A", 106, 3),
        ("Sunflower Seeds 260 g", "瓜子 260克", "9.90", "B", 275, 4),
        ("Roasted Peanuts 350 g", "花生米 350克", "11.90", "B", 365, 4),
        ("Mixed Nuts 750 g", "每日坚果 750克", "89.00", "B", 820, 8),
        ("Dried Mango 100 g", "芒果干 100克", "12.90", "A", 108, 3),
        ("Beef Jerky 100 g", "牛肉干 100克", "29.90", "A", 110, 3),
        ("Rice Crackers 400 g", "雪饼 400克", "15.90", "A", 430, 5),
        ("Egg Rolls 200 g", "鸡蛋卷 200克", "12.50", "A", 225, 4),
        ("Sandwich Biscuits 388 g", "夹心饼干 388克", "13.90", "A", 410, 5),
        ("Soda Crackers 400 g", "苏打饼干 400克", "9.90", "A", 425, 5),
        ("Chocolate Bar 40 g", "巧克力 40克", "6.50", "A", 44, 2),
        ("Chocolate Box 249 g", "巧克力礼盒 249克", "69.00", "A", 330, 5),
        ("White Rabbit Candy 227 g", "大白兔奶糖 227克", "16.90", "A", 240, 3),
        ("Hawthorn Slices 200 g", "山楂片 200克", "7.90", "A", 210, 3),
        ("Mooncake Gift Box", "月饼礼盒", "128.00", "A", 980, 15),
        ("Seaweed Snack 36 g", "海苔 36克", "9.90", "A", 48, 2),
        ("Chewing Gum 40 pcs", "口香糖 40粒", "13.50", "A", 70, 2),
        ("Sesame Paste 300 g", "芝麻酱 300克", "11.90", "A", 460, 5),
        ("Spicy Duck Neck 200 g", "鸭脖 200克", "19.90", "A", 215, 4),
        ("Braised Quail Eggs 200 g", "卤味鹌鹑蛋 200克", "9.90", "A", 215, 4),
        ("Pork Floss 200 g", "肉松 200克", "25.90", "A", 220, 3),
    ],
    (693, 4417): [  # frozen and chilled
        ("Pork Dumplings 1 kg", "猪肉白菜水饺 1公斤", "25.90", "B", 1030, 10),
        ("Shrimp Dumplings 500 g", "虾仁水饺 500克", "29.90", "B", 520, 6),
        ("Glutinous Rice Balls 400 g", "黑芝麻汤圆 400克", "12.90", "B", 420, 5),
        ("Steamed Buns 600 g", "馒头 600克", "9.90", "B", 620, 8),
        ("Spring Rolls 400 g", "春卷 400克", "14.90", "B", 420, 5),
        ("Ice Cream Cone", "甜筒冰淇淋", "5.00", "A", 80, 3),
        ("Ice Lolly Mung Bean", "绿豆冰棍", "2.50", "A", 72, 3),
        ("Tofu 400 g", "北豆腐 400克", "3.90", "B", 420, 8),
        ("Silken Tofu 350 g", "内酯豆腐 350克", "3.50", "B", 370, 6),
        ("Chinese Sausage 500 g", "广式腊肠 500克", "39.90", "B", 515, 5),
    ],
    (694, 1638): [  # household and personal care
        ("Tissue Paper 10-pack", "抽纸 10包", "29.90", "A", 1350, 20),
        ("Toilet Roll 12-pack", "卷纸 12卷", "32.90", "A", 1620, 25),
        ("Kitchen Towel 2-pack", "厨房纸巾 2卷", "12.90", "A", 420, 8),
        ("Laundry Detergent 3 kg", "洗衣液 3公斤", "49.90", "A", 3150, 20),
        ("Laundry Powder 1.8 kg", "洗衣粉 1.8公斤", "22.90", "A", 1860, 15),
        ("Dish Soap 1.5 kg", "洗洁精 1.5公斤", "15.90", "A", 1580, 12),
        ("Shampoo 750 ml", "洗发水 750毫升", "59.90", "A", 860, 8),
        ("Shower Gel 750 ml", "沐浴露 750毫升", "45.90", "A", 850, 8),
        ("Toothpaste 180 g", "牙膏 180克", "15.90", "A", 230, 4),
        ("Toothbrush 3-pack", "牙刷 三支装", "19.90", "A", 95, 4),
        ("Razor Blades 4-pack", "剃须刀片 4片装", "89.00", "A", 45, 2, 1, 0),
        ("Electric Shaver Heads", "电动剃须刀刀头", "199.00", "A", 60, 3, 1, 0),
        ("Face Cream 50 g", "面霜 50克", "129.00", "A", 160, 4, 1, 0),
        ("Batteries AA 4-pack", "五号电池 4节", "19.90", "A", 105, 3, 1, 0),
        ("Garbage Bags 3 rolls", "垃圾袋 3卷", "9.90", "A", 390, 8),
        ("Cling Film 30 m", "保鲜膜 30米", "12.90", "A", 260, 5),
        ("Mosquito Coils", "蚊香", "8.90", "A", 610, 10),
        ("Disposable Chopsticks 100 pairs", "一次性筷子 100双", "9.90", "A", 520, 10),
        ("Sanitary Pads 10 pcs", "卫生巾 10片", "15.90", "A", 140, 4),
        ("Baby Diapers M 62 pcs", "婴儿纸尿裤 M62片", "119.00", "A", 2150, 25, 1, 0),
        ("Hand Soap 500 ml", "洗手液 500毫升", "19.90", "A", 580, 6),
        ("Floor Cleaner 2 l", "地板清洁剂 2升", "25.90", "A", 2150, 15),
    ],
    (695, 1721): [  # alcohol and tobacco: age-restricted; spirits carry EAS tags
        ("Beer 500 ml Can", "啤酒 500毫升罐装", "5.50", "A", 520, 5, 0, 1),
        ("Beer 330 ml 6-pack", "啤酒 330毫升 六连包", "24.00", "A", 2100, 15, 0, 1),
        ("Craft Lager 330 ml", "精酿拉格 330毫升", "12.00", "A", 560, 6, 0, 1),
        ("Rice Wine 500 ml", "黄酒 500毫升", "15.90", "A", 880, 8, 0, 1),
        ("Erguotou 500 ml", "二锅头 500毫升", "25.00", "A", 950, 10, 1, 1),
        ("Baijiu Classic 500 ml", "浓香型白酒 500毫升", "168.00", "A", 1150, 12, 1, 1),
        ("Baijiu Premium 500 ml", "酱香型白酒 500毫升", "1499.00", "A", 1320, 12, 1, 1),
        ("Red Wine 750 ml", "干红葡萄酒 750毫升", "98.00", "A", 1250, 12, 1, 1),
        ("Whisky 700 ml", "威士忌 700毫升", "268.00", "A", 1300, 12, 1, 1),
        ("Plum Wine 720 ml", "梅酒 720毫升", "78.00", "A", 1240, 12, 1, 1),
        ("Cigarettes Soft Pack", "香烟 软包", "25.00", "A", 25, 2, 0, 1),
        ("Cigarettes Hard Pack", "香烟 硬盒", "35.00", "A", 30, 2, 0, 1),
        ("Cigarettes Carton", "香烟 整条", "350.00", "A", 280, 6, 1, 1),
        ("Slim Cigarettes", "细支香烟", "45.00", "A", 26, 2, 0, 1),
        ("Lighter", "打火机", "2.00", "A", 20, 2, 0, 1),
    ],
}

# Weighed at the counter: (item code, name_en, name_zh, price per kg, tax, tare g).
WEIGHED = [
    # fruit, 9 %
    (10001, "Fuji Apples", "红富士苹果", "12.80", "B", 5), (10002, "Gala Apples", "嘎啦苹果", "10.80", "B", 5),
    (10003, "Ya Pears", "鸭梨", "7.80", "B", 5), (10004, "Bananas", "香蕉", "6.98", "B", 5),
    (10005, "Navel Oranges", "脐橙", "9.80", "B", 5), (10006, "Mandarins", "砂糖橘", "11.80", "B", 5),
    (10007, "Pomelo", "蜜柚", "6.80", "B", 5), (10008, "Kyoho Grapes", "巨峰葡萄", "15.80", "B", 5),
    (10009, "Watermelon", "西瓜", "3.98", "B", 0), (10010, "Hami Melon", "哈密瓜", "7.98", "B", 0),
    (10011, "Strawberries", "草莓", "39.80", "B", 5), (10012, "Lychees", "荔枝", "29.80", "B", 5),
    (10013, "Longans", "龙眼", "19.80", "B", 5), (10014, "Mangoes", "芒果", "13.80", "B", 5),
    (10015, "Kiwi Fruit", "猕猴桃", "16.80", "B", 5), (10016, "Peaches", "水蜜桃", "14.80", "B", 5),
    (10017, "Dragon Fruit", "火龙果", "12.80", "B", 5), (10018, "Cherries", "车厘子", "79.80", "B", 5),
    (10019, "Persimmons", "柿子", "8.80", "B", 5), (10020, "Jujubes", "冬枣", "18.80", "B", 5),
    (10021, "Durian", "榴莲", "49.80", "B", 0), (10022, "Pineapple", "菠萝", "6.80", "B", 0),
    (10023, "Blueberries", "蓝莓", "59.80", "B", 5), (10024, "Lemons", "柠檬", "9.80", "B", 5),
    # vegetables, 0 %
    (20001, "Chinese Cabbage", "大白菜", "1.98", "C", 5), (20002, "Bok Choy", "上海青", "4.98", "C", 5),
    (20003, "Potatoes", "土豆", "2.98", "C", 5), (20004, "Tomatoes", "西红柿", "5.98", "C", 5),
    (20005, "Cucumbers", "黄瓜", "4.58", "C", 5), (20006, "Eggplant", "茄子", "4.98", "C", 5),
    (20007, "Green Peppers", "青椒", "5.98", "C", 5), (20008, "Carrots", "胡萝卜", "2.98", "C", 5),
    (20009, "White Radish", "白萝卜", "1.98", "C", 5), (20010, "Onions", "洋葱", "2.98", "C", 5),
    (20011, "Garlic", "大蒜", "9.80", "C", 5), (20012, "Ginger", "生姜", "12.80", "C", 5),
    (20013, "Spring Onions", "大葱", "4.98", "C", 5), (20014, "Broccoli", "西兰花", "8.98", "C", 5),
    (20015, "Celery", "芹菜", "3.98", "C", 5), (20016, "Spinach", "菠菜", "6.98", "C", 5),
    (20017, "Lotus Root", "莲藕", "8.98", "C", 5), (20018, "Winter Melon", "冬瓜", "1.98", "C", 0),
    (20019, "Pumpkin", "南瓜", "2.98", "C", 0), (20020, "Shiitake Mushrooms", "香菇", "16.80", "C", 5),
    (20021, "Enoki Mushrooms", "金针菇", "9.80", "C", 5), (20022, "Bean Sprouts", "豆芽", "3.98", "C", 5),
    (20023, "Sweet Potatoes", "红薯", "3.98", "C", 5), (20024, "Chinese Yam", "铁棍山药", "12.80", "C", 5),
    (20025, "Bitter Melon", "苦瓜", "6.98", "C", 5), (20026, "Corn on the Cob", "玉米", "4.98", "C", 5),
    # meat and seafood by weight, 9 %
    (30001, "Pork Belly", "五花肉", "32.80", "B", 8), (30002, "Pork Ribs", "猪肋排", "45.80", "B", 8),
    (30003, "Pork Loin", "猪里脊", "29.80", "B", 8), (30004, "Minced Pork", "猪肉馅", "26.80", "B", 8),
    (30005, "Beef Brisket", "牛腩", "79.80", "B", 8), (30006, "Beef Shank", "牛腱子", "89.80", "B", 8),
    (30007, "Lamb Leg", "羊腿肉", "85.80", "B", 8), (30008, "Chicken Breast", "鸡胸肉", "19.80", "B", 8),
    (30009, "Chicken Wings", "鸡翅中", "39.80", "B", 8), (30010, "Whole Chicken", "三黄鸡", "22.80", "B", 8),
    (30011, "Duck", "鸭", "19.80", "B", 8), (30012, "Grass Carp", "草鱼", "15.80", "B", 10),
    (30013, "Tilapia", "罗非鱼", "13.80", "B", 10), (30014, "Prawns", "基围虾", "69.80", "B", 10),
    (30015, "Clams", "花蛤", "16.80", "B", 10), (30016, "Squid", "鱿鱼", "39.80", "B", 10),
    # loose bulk goods, 9 %
    (40001, "Loose Rice", "散装大米", "5.98", "B", 3), (40002, "Loose Peanuts", "散装花生", "16.80", "B", 3),
    (40003, "Loose Walnuts", "散装核桃", "39.80", "B", 3), (40004, "Red Dates", "红枣", "29.80", "B", 3),
    (40005, "Goji Berries", "枸杞", "69.80", "B", 3), (40006, "Dried Shiitake", "干香菇", "89.80", "B", 3),
    (40007, "Loose Candy", "散装糖果", "39.80", "A", 3), (40008, "Loose Sunflower Seeds", "散装瓜子", "25.80", "B", 3),
    (40009, "Roast Duck", "烤鸭", "59.80", "B", 10), (40010, "Char Siu Pork", "叉烧", "69.80", "B", 10),
    (40011, "Braised Beef", "卤牛肉", "99.80", "B", 10), (40012, "Fresh Noodles", "鲜切面", "7.98", "B", 3),
]

EXTRAS = [  # sold with no code of their own: looked up by name, or a code keyed from the shelf label
    ("BAG-S", "", "Carrier Bag Small", "购物袋 小号", "0.20", "C", "each", 0, 6, 1, 0, 0),
    ("BAG-L", "", "Carrier Bag Large", "购物袋 大号", "0.50", "C", "each", 0, 12, 2, 0, 0),
    ("NEWS-1", "", "Evening Newspaper", "晚报", "1.00", "C", "each", 0, 110, 10, 0, 0),
]


def rows():
    for (prefix, company), items in PACKAGED.items():
        for n, item in enumerate(items, start=1):
            name_en, name_zh, price, tax, weight, spread, *flags = item
            eas, age = flags if flags else (0, 0)
            yield [f"{prefix}-{company}-{n:03d}", ean13(prefix, company, n), name_en, name_zh, price, tax, "each",
                   0, weight, spread, eas, age]
    for code, name_en, name_zh, price, tax, tare in WEIGHED:
        yield [f"W-{code}", weighed_key(code), name_en, name_zh, price, tax, "weight", tare, 0, 0, 0, 0]
    yield from (list(extra) for extra in EXTRAS)


def main():
    with OUT.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        count = 0
        for row in rows():
            writer.writerow(row)
            count += 1
    print(f"wrote {count} products to {OUT}")


if __name__ == "__main__":
    main()
